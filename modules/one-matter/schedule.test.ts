import officialCalendar from '../platform/calendar/cn-official-holidays.json';
import { WorkingDayCalendar } from '../platform/calendar/working-day-calendar';
import { TaskState } from './case-states';
import { caseDueOn, dueDates, type ScheduledTask } from './schedule';

const calendar = new WorkingDayCalendar(
  Object.entries(officialCalendar.years).map(([year, data]) => ({
    year: Number(year),
    offRanges: data.off.map(([from, to]) => ({ from, to })),
    workDays: data.work,
  })),
);

const task = (itemCode: string, limitDays: number, waitsFor: string[] = [], overrides: Partial<ScheduledTask> = {}): ScheduledTask => ({
  itemCode,
  waitsFor,
  limitDays,
  state: waitsFor.length ? TaskState.WAITING : TaskState.SUBMITTED,
  dueOn: null,
  finishedOn: null,
  ...overrides,
});

describe('deadlines of a case', () => {
  // Submitted on Thursday 2026-09-24, before the Mid-Autumn break (25-27 Sep) and National Day (1-7 Oct),
  // with make-up working days on Sunday 20 Sep and Saturday 10 Oct.
  const submittedOn = '2026-09-24';

  it('runs parallel items side by side: the case is due with the slowest', () => {
    const tasks = [
      task('A', 1, [], { dueOn: calendar.addWorkingDays(submittedOn, 1) }),
      task('B', 5, [], { dueOn: calendar.addWorkingDays(submittedOn, 5) }),
    ];
    expect(tasks.map((item) => item.dueOn)).toEqual(['2026-09-28', '2026-10-09']);
    expect(caseDueOn(tasks, calendar)).toBe('2026-10-09');
  });

  it('chains an item after the ones it waits for, across the holidays and the make-up Saturday', () => {
    const licence = task('LICENCE', 1, [], { dueOn: calendar.addWorkingDays(submittedOn, 1) });
    const fire = task('FIRE', 2, ['LICENCE']);
    const food = task('FOOD', 3, ['LICENCE', 'FIRE']);
    const due = dueDates([licence, fire, food], calendar);
    expect(due.get('LICENCE')).toBe('2026-09-28');
    expect(due.get('FIRE')).toBe('2026-09-30');
    // 30 Sep → 8 Oct (Thu), 9 Oct (Fri), 10 Oct (make-up Saturday).
    expect(due.get('FOOD')).toBe('2026-10-10');
    expect(caseDueOn([licence, fire, food], calendar)).toBe('2026-10-10');
  });

  it('starts a waiting item from the day its dependency actually completed', () => {
    const licence = task('LICENCE', 5, [], { state: TaskState.COMPLETED, dueOn: '2026-10-09', finishedOn: '2026-09-25' });
    const food = task('FOOD', 1, ['LICENCE']);
    expect(dueDates([licence, food], calendar).get('FOOD')).toBe('2026-09-28');
  });

  it('ignores cancelled and rejected items for the case due date', () => {
    const tasks = [task('A', 1, [], { dueOn: '2026-09-28' }), task('B', 20, [], { dueOn: '2026-11-06', state: TaskState.CANCELLED })];
    expect(caseDueOn(tasks, calendar)).toBe('2026-09-28');
  });

  it('refuses a cycle of waiting items', () => {
    expect(() => dueDates([task('A', 1, ['B']), task('B', 1, ['A'])], calendar)).toThrow('cycle');
  });
});
