import { localDateInShanghai } from './calendar/working-day-calendar';

/**
 * Business time: submissions, deadlines and overdue checks ask the clock, never `new Date()`, so that a test can
 * move time forward across a holiday without waiting for it. Record timestamps (createdAt) stay real.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The county's local date (Asia/Shanghai) on a clock. */
export function today(clock: Clock): string {
  return localDateInShanghai(clock.now());
}

/** A clock that stands still until told otherwise; used by tests. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
}
