import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LiveEvents } from '../platform/events/live-events';
import { Appeal } from './appeal.entity';

export enum AppealNotificationKind {
  ASSIGNED = 'ASSIGNED',
  DEADLINE_APPROACHING = 'DEADLINE_APPROACHING',
  RETURNED = 'RETURNED',
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  REOPENED = 'REOPENED',
  ESCALATED = 'ESCALATED',
}

registerEnumType(AppealNotificationKind, {
  name: 'AppealNotificationKind',
  description: 'What an officer is told about an appeal.',
  valuesConfig: {
    ASSIGNED: { description: 'Assigned to the department, as lead or co-handler.' },
    DEADLINE_APPROACHING: { description: 'Its deadline is within APPEAL_DEADLINE_WARNING_WORKING_DAYS working days.' },
    RETURNED: { description: 'A department returned it to the pool (to the dispatcher).' },
    EXTENSION_REQUESTED: { description: 'A lead department asks for more time (to the dispatcher).' },
    REOPENED: { description: 'The follow-up reopened it to the department.' },
    ESCALATED: { description: 'It moved up a layer.' },
  },
});

/** What crosses the instances: ids and department codes only. */
export interface AppealNotice {
  kind: AppealNotificationKind;
  appealId: string;
  /** The departments told: the lead and co-handlers, or the dispatcher's department. */
  departmentCodes: string[];
  at: string;
}

export const APPEALS_TOPIC = 'appeals';

@ObjectType({ description: 'A live notice about an appeal, for the officers of the departments it concerns.' })
export class AppealNotification {
  @Field(() => AppealNotificationKind, { description: 'What happened.' })
  kind!: AppealNotificationKind;

  @Field(() => Appeal, { description: 'The appeal, as it stands when the notice is delivered.' })
  appeal!: Appeal;

  @Field(() => [String], { description: 'Codes of the departments told.' })
  departmentCodes!: string[];

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;
}

/** Tells the departments' officers, on every instance, once the transaction commits. */
export async function notifyAppeal(
  em: EntityManager,
  kind: AppealNotificationKind,
  appeal: Appeal,
  departmentCodes: string[],
  at: Date,
): Promise<void> {
  const notice: AppealNotice = { kind, appealId: appeal.id, departmentCodes: [...new Set(departmentCodes)], at: at.toISOString() };
  await LiveEvents.publish(em, APPEALS_TOPIC, notice);
}
