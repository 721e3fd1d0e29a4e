/** A share rounded to four decimals, or null when there is nothing to divide by (a rate of no cases is unknown, not 0). */
export const rate = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
