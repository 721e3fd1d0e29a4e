import { LockMode } from '@mikro-orm/core';
import { subscribe } from '../platform/events/domain-event';
import { calendarYearReplaced, provisionalDeadlinesCounted, type MovedDeadline } from '../platform/calendar/calendar.events';
import { correctedDueOn, localDateInShanghai } from '../platform/calendar/working-day-calendar';
import { toGlobalId } from '../platform/relay/global-id';
import { Inspection } from './inspection.entity';
import { InspectionState } from './inspection.enums';

const KIND = 'inspections.inspection.publicationDue';

/**
 * Publicity deadlines (一公开) are counted on the working-day calendar from the day results were recorded: when a year is
 * replaced, those of results not yet published that reach into it are counted again; published ones keep theirs.
 */
export const inspectionCalendarSubscriptions = [
  subscribe(calendarYearReplaced, async ({ year, previous, current }, { em }) => {
    const inspections = await em.find(
      Inspection,
      { state: InspectionState.RESULTED, publicationDue: { $gte: `${year}-01-01` } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'ASC' } },
    );
    const moved: MovedDeadline[] = [];
    for (const inspection of inspections) {
      const start = localDateInShanghai(inspection.resultedAt!);
      if (start > `${year}-12-31`) continue;
      const dueOn = correctedDueOn(previous, current, year, start, inspection.publicationDue!);
      if (dueOn === inspection.publicationDue) continue;
      moved.push({
        kind: KIND,
        subjectId: toGlobalId('Inspection', inspection.id),
        previousDueOn: inspection.publicationDue!,
        dueOn,
        stillProvisional: current.isProvisionalBetween(start, dueOn),
      });
      inspection.publicationDue = dueOn;
    }
    await em.flush();
    return moved;
  }),
  subscribe(provisionalDeadlinesCounted, async ({ years }, { em }) => [
    { kind: KIND, open: await em.count(Inspection, { state: InspectionState.RESULTED, publicationDue: { $gte: `${Math.min(...years)}-01-01` } }) },
  ]),
];
