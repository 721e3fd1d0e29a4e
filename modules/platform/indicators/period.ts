import { BadUserInputError } from '../errors/top-level-errors';

/** A period spans at most ten years: longer ones are not what an indicator is for, and would scan whole histories. */
const MAX_PERIOD_DAYS = 3660;

/** Refuses a period of local dates whose ends are in the wrong order or too far apart, naming the argument. */
export function assertIndicatorPeriod(from: string, to: string): void {
  if (from > to) throw new BadUserInputError('`from` lies after `to`.', ['from']);
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) throw new BadUserInputError('A period spans at most ten years.', ['to']);
}
