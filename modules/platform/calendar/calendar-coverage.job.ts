import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../jobs/job-definition';
import { today } from '../clock';
import { CalendarYearStatus } from './working-day-calendar';

/**
 * The State Council publishes next year's holidays late in the year. Until it does, deadlines crossing into that
 * year rest on a provisional year: the office is warned daily, with how many open deadlines depend on it, and the
 * provisional years follow the horizon as time passes.
 */
export const calendarCoverageJob: JobDefinition = {
  name: 'calendar.coverage-check',
  description: 'Lays out provisional calendar years up to the horizon and warns while the current or next year is provisional or missing.',
  schedule: '0 6 * * *',
  async handler(platform) {
    const service = platform.calendar;
    const provisionalYears = await platform.orm.em.fork().transactional((em) => service.layOutProvisionalYears(em as EntityManager));
    const calendar = service.calendar();
    const thisYear = Number(today(platform.clock).slice(0, 4));
    const watched = [thisYear, thisYear + 1];
    const missingYears = watched.filter((year) => calendar.statusOf(year) === null);
    const provisional = watched.filter((year) => calendar.statusOf(year) === CalendarYearStatus.PROVISIONAL);
    const dependentDeadlines = provisional.length > 0 ? await service.countProvisionalDeadlines(platform, provisional) : [];
    const openDeadlines = dependentDeadlines.reduce((sum, count) => sum + count.open, 0);
    if (missingYears.length > 0)
      platform.logger.warn({ missingYears }, 'the working-day calendar lacks years: deadlines into them are refused; add them with calendarYearSet');
    if (provisional.length > 0) {
      platform.logger.warn(
        { provisionalYears: provisional, openDeadlines, byKind: dependentDeadlines },
        `the working-day calendar is provisional for ${provisional.join(', ')}: ${openDeadlines} open deadlines rest on it; load the State Council's notice with calendarYearSet`,
      );
    }
    const officialYears = calendar.coveredYears.filter((year) => calendar.statusOf(year) === CalendarYearStatus.OFFICIAL);
    return { officialYears, provisionalYears, missingYears, openDeadlinesOnProvisionalYears: openDeadlines, byKind: dependentDeadlines };
  },
};
