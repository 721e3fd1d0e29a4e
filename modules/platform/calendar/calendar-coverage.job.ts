import type { JobDefinition } from '../jobs/job-definition';
import { today } from '../clock';

/**
 * The State Council publishes next year's holidays late in the year; deadlines that cross into a year without
 * data fail, so the office is warned daily until the year is added.
 */
export const calendarCoverageJob: JobDefinition = {
  name: 'calendar.coverage-check',
  description: 'Warns when the working-day calendar lacks the current or the next year.',
  schedule: '0 6 * * *',
  async handler(platform) {
    const calendar = await platform.calendar.calendar();
    const thisYear = Number(today(platform.clock).slice(0, 4));
    const missingYears = [thisYear, thisYear + 1].filter((year) => !calendar.coveredYears.includes(year));
    if (missingYears.length > 0) platform.logger.warn({ missingYears }, 'the working-day calendar lacks years; add them with calendarYearSet');
    return { coveredYears: calendar.coveredYears, missingYears };
  },
};
