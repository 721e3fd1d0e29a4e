import { buildEnterpriseUscc, usccCheckCharacter, usccProblem } from './uscc';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes with their check character', () => {
    // Codes printed on public business licences.
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccProblem('91110000600037341L')).toBeNull();
    expect(usccProblem('914403001922038216')).toBeNull();
  });

  it('computes the check character from the weighted sum modulo 31', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(usccCheckCharacter('91110000600037341')).toBe('L');
  });

  it('refuses a wrong check character', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('INVALID_CHECK_CHARACTER');
    expect(usccProblem('91110000600037341K')).toBe('INVALID_CHECK_CHARACTER');
  });

  it('refuses wrong length, lower case and the excluded letters I, O, S, V, Z', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('INVALID_FORMAT');
    expect(usccProblem('91350100M000100Y433')).toBe('INVALID_FORMAT');
    expect(usccProblem('91110000600037341l')).toBe('INVALID_FORMAT');
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) {
      expect(usccProblem(`9133082200000000${letter}1`)).toBe('INVALID_FORMAT');
    }
  });

  it('builds valid codes for the county', () => {
    const code = buildEnterpriseUscc('330822', '12345678');
    expect(code).toHaveLength(18);
    expect(code.slice(0, 8)).toBe('91330822');
    expect(usccProblem(code)).toBeNull();
  });
});
