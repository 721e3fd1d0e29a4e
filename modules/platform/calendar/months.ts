/** The last day of the month `date` (YYYY-MM-DD) falls in. */
export function lastDayOfMonth(date: string): string {
  // The 31st, cut to the month's length as addMonths cuts any day.
  return addMonths(`${date.slice(0, 7)}-31`, 0);
}

/** The same day `months` later (earlier when negative), or the month's last day when it has none (31 January + 1 month: 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
