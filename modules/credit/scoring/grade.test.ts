import { CreditGrade, gradeOf } from './grade';

describe('credit grades', () => {
  const cuts = [850, 700, 550];

  it('cuts at the configured lowest scores', () => {
    expect(gradeOf(1000, cuts)).toBe(CreditGrade.EXCELLENT);
    expect(gradeOf(850, cuts)).toBe(CreditGrade.EXCELLENT);
    expect(gradeOf(849, cuts)).toBe(CreditGrade.GOOD);
    expect(gradeOf(700, cuts)).toBe(CreditGrade.GOOD);
    expect(gradeOf(699, cuts)).toBe(CreditGrade.FAIR);
    expect(gradeOf(550, cuts)).toBe(CreditGrade.FAIR);
    expect(gradeOf(549, cuts)).toBe(CreditGrade.POOR);
    expect(gradeOf(0, cuts)).toBe(CreditGrade.POOR);
  });

  it('follows other cuts', () => {
    expect(gradeOf(800, [800, 600, 400])).toBe(CreditGrade.EXCELLENT);
    expect(gradeOf(450, [800, 600, 400])).toBe(CreditGrade.FAIR);
  });
});
