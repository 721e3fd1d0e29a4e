/**
 * The unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character set.
 * Positions: 1 registering authority, 2 entity type, 3-8 administrative division, 9-17 organization code,
 * 18 check character computed over the first 17.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_PATTERN = new RegExp(`^[${USCC_CHARSET}]{18}$`);

export type UsccProblem = 'INVALID_FORMAT' | 'INVALID_CHECK_CHARACTER';

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const value = USCC_CHARSET.indexOf(first17[index]);
    if (value < 0) throw new RangeError(`"${first17[index]}" is not a character of the unified social credit code`);
    sum += value * WEIGHTS[index];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** null when the code is valid; otherwise what is wrong with it. Lower case is refused, not corrected. */
export function usccProblem(code: string): UsccProblem | null {
  if (!USCC_PATTERN.test(code)) return 'INVALID_FORMAT';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'INVALID_CHECK_CHARACTER';
}

export function describeUsccProblem(problem: UsccProblem, code: string): string {
  if (problem === 'INVALID_CHECK_CHARACTER') {
    return `The check character of ${code} does not match: it should be ${usccCheckCharacter(code.slice(0, 17))}.`;
  }
  return 'A unified social credit code has 18 upper-case characters from 0-9 and A-Y without I, O, S, V and Z.';
}

const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check character of a GB 11714 organization code (positions 9-17 of the credit code) over its first 8 digits. */
export function organizationCheckCharacter(body: string): string {
  const sum = [...body].reduce((total, character, index) => total + parseInt(character, 36) * ORGANIZATION_WEIGHTS[index], 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** A valid code for an enterprise (authority 9 = market regulation, type 1 = company) in a division. */
export function buildEnterpriseUscc(divisionCode: string, organizationBody: string): string {
  const first17 = `91${divisionCode}${organizationBody}${organizationCheckCharacter(organizationBody)}`;
  return first17 + usccCheckCharacter(first17);
}
