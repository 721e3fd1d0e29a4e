import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { today } from '../platform/clock';
import type { JobDefinition } from '../platform/jobs/job-definition';
import { Appeal } from './appeal.entity';
import { AppealNotificationKind, notifyAppeal } from './appeal-notifications';
import { departmentCodesOf, escalate } from './appeal-routing.service';
import { CLOCKED_STATES, EscalationRule } from './appeal-states';

const JOB_ACTOR = 'job:appeals.deadlines';

/**
 * Once a day and at the start of each working day: appeals past their deadline without a reply move up a layer
 * (once per missed deadline, rule OVERDUE), and the departments hear of deadlines that are near (once per deadline).
 * Rerunning it changes nothing: each appeal remembers the deadline it was escalated and warned for.
 */
export const appealDeadlinesJob: JobDefinition = {
  name: 'appeals.deadlines',
  description: 'Escalates appeals past their deadline and tells departments of deadlines that approach.',
  schedule: '30 8 * * *',
  async handler(platform) {
    const on = today(platform.clock);
    const now = platform.clock.now();
    return platform.orm.em.fork().transactional(async (transaction) => {
      const em = transaction as EntityManager;
      const calendar = await platform.calendar.forDeadlines(em);
      const horizon = calendar.addWorkingDays(on, platform.config.APPEAL_DEADLINE_WARNING_WORKING_DAYS);
      // Row locks in id order: officers acting on these appeals meanwhile queue up behind the job.
      const appeals = await em.find(
        Appeal,
        { state: { $in: CLOCKED_STATES }, dueOn: { $lte: horizon }, mergedInto: null },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'ASC' } },
      );
      await em.populate(appeals, ['leadDepartment', 'coHandlers.department']);
      let escalated = 0;
      let warned = 0;
      const notices: Array<[AppealNotificationKind, Appeal]> = [];
      for (const appeal of appeals) {
        const dueOn = appeal.dueOn!;
        if (dueOn < on && appeal.escalatedFor !== dueOn) {
          appeal.escalatedFor = dueOn;
          if (escalate({ em, now, actor: JOB_ACTOR, appeal }, EscalationRule.OVERDUE, `past the deadline of ${dueOn}`)) {
            escalated++;
            notices.push([AppealNotificationKind.ESCALATED, appeal]);
          }
        } else if (dueOn >= on && appeal.deadlineWarnedFor !== dueOn) {
          appeal.deadlineWarnedFor = dueOn;
          warned++;
          notices.push([AppealNotificationKind.DEADLINE_APPROACHING, appeal]);
        }
      }
      await em.flush();
      for (const [kind, appeal] of notices) await notifyAppeal(em, kind, appeal, departmentCodesOf(appeal), now);
      return { escalated, warned };
    });
  },
};
