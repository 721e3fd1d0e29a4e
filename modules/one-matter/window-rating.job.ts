import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../platform/jobs/job-definition';
import { today } from '../platform/clock';
import { WindowRatingService, previousMonth } from './window-rating.service';

/** On the first of each month, rates the windows for the month that ended. */
export const windowRatingJob: JobDefinition = {
  name: 'one-matter.window-ratings',
  description: 'Computes and publishes the windows’ star ratings of the previous month.',
  schedule: '0 2 1 * *',
  async handler(platform) {
    const month = previousMonth(today(platform.clock));
    const ratings = await platform.orm.em.fork().transactional((em) => new WindowRatingService(platform).publish(em as EntityManager, month));
    return { month, windows: ratings.length };
  },
};
