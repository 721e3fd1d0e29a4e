import { LockMode } from '@mikro-orm/core';
import { subscribe } from '../platform/events/domain-event';
import { calendarYearReplaced, provisionalDeadlinesCounted, type MovedDeadline } from '../platform/calendar/calendar.events';
import { correctedDueOn } from '../platform/calendar/working-day-calendar';
import { toGlobalId } from '../platform/relay/global-id';
import { Appeal } from './appeal.entity';
import { carryMerged } from './appeal-steps';
import { CLOCKED_STATES } from './appeal-states';

const KIND = 'appeals.appeal.dueOn';

/**
 * Appeals keep deadlines on the working-day calendar: when a year is replaced (the official arrangement replacing a
 * provisional year), the open ones that reach into it are counted again from their (re)assignment and lose the
 * provisional mark; replied and closed appeals keep the date they were given. A BAD_REVIEW appeal follows its
 * rectification, which one-matter recounts: its copy of the due date is taken from there.
 */
export const appealCalendarSubscriptions = [
  subscribe(calendarYearReplaced, async ({ year, previous, current }, { em }) => {
    const appeals = await em.find(
      Appeal,
      { state: { $in: CLOCKED_STATES }, mergedInto: null, dueOn: { $gte: `${year}-01-01` }, assignedOn: { $lte: `${year}-12-31` } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'ASC' }, populate: ['rectification'] },
    );
    const moved: MovedDeadline[] = [];
    for (const appeal of appeals) {
      const start = appeal.assignedOn!;
      const dueOn = appeal.rectification ? appeal.rectification.getEntity().dueOn : correctedDueOn(previous, current, year, start, appeal.dueOn!);
      const provisional = appeal.rectification ? appeal.rectification.getEntity().dueOnProvisional : current.isProvisionalBetween(start, dueOn);
      if (dueOn !== appeal.dueOn) {
        moved.push({ kind: KIND, subjectId: toGlobalId('Appeal', appeal.id), previousDueOn: appeal.dueOn!, dueOn, stillProvisional: provisional });
      }
      Object.assign(appeal, { dueOn, dueOnProvisional: provisional });
    }
    await em.flush();
    for (const appeal of appeals) await carryMerged(em, appeal);
    return moved;
  }),
  subscribe(provisionalDeadlinesCounted, async ({ years }, { em }) => {
    const open = await em.count(Appeal, {
      state: { $in: CLOCKED_STATES },
      mergedInto: null,
      dueOnProvisional: true,
      dueOn: { $gte: `${Math.min(...years)}-01-01` },
    });
    return [{ kind: KIND, open }];
  }),
];
