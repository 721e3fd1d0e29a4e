/** What a label value may look like: a GraphQL name or an error code, at most 64 characters. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The value that stands for every value refused or past the limit. */
export const OTHER = 'other';

/**
 * Label values that come from callers (operation names) or from code that may grow (error codes), kept to a
 * bounded set: every distinct value is a series Prometheus stores for good, so a client sending a new name
 * with each request must not be able to grow them without end. The first `limit` well-formed values are kept
 * as they are; anything else counts as "other".
 */
export class LabelValues {
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit || !NAME.test(value)) return OTHER;
    this.seen.add(value);
    return value;
  }
}
