import { registerEnumType } from 'type-graphql';

/** Where an appeal stands in the closed loop; MERGED ones follow their survivor. */
export enum AppealState {
  RECEIVED = 'RECEIVED',
  ASSIGNED = 'ASSIGNED',
  HANDLING = 'HANDLING',
  REPLIED = 'REPLIED',
  FOLLOWED_UP = 'FOLLOWED_UP',
  CLOSED = 'CLOSED',
  MERGED = 'MERGED',
}

registerEnumType(AppealState, {
  name: 'AppealState',
  description: 'Where an appeal stands in the closed loop (企呼我应闭环).',
  valuesConfig: {
    RECEIVED: { description: 'In the pool, waiting for the dispatcher to classify and assign it (受理).' },
    ASSIGNED: { description: 'Assigned to a lead department, which has not taken it up yet (交办).' },
    HANDLING: { description: 'The lead department works on it, with any co-handling departments (办理).' },
    REPLIED: { description: 'The lead department replied with its measures; the follow-up is due (答复).' },
    FOLLOWED_UP: { description: 'The enterprise was called back, satisfied and with its problem solved (回访).' },
    CLOSED: { description: 'Closed and struck off the list (办结销号).' },
    MERGED: { description: 'A duplicate merged into another appeal, which answers it (合并).' },
  },
});

/** States in which the appeal's deadline runs. */
export const CLOCKED_STATES = [AppealState.ASSIGNED, AppealState.HANDLING];
/** States a merge accepts: anything not yet answered. */
export const MERGEABLE_STATES = [AppealState.RECEIVED, AppealState.ASSIGNED, AppealState.HANDLING];

/** The administrative layer that handles an appeal; escalation moves it up. */
export enum AppealLayer {
  TOWNSHIP = 'TOWNSHIP',
  COUNTY = 'COUNTY',
  CITY = 'CITY',
}

registerEnumType(AppealLayer, {
  name: 'AppealLayer',
  description: 'The layer that handles an appeal (层级); escalation (提级) moves it up.',
  valuesConfig: {
    TOWNSHIP: { description: 'A township or subdistrict (乡镇、街道).' },
    COUNTY: { description: 'The county (县级).' },
    CITY: { description: 'The city (市级); the top layer.' },
  },
});

/** The layer above, or null at the top. */
export function layerAbove(layer: AppealLayer): AppealLayer | null {
  if (layer === AppealLayer.TOWNSHIP) return AppealLayer.COUNTY;
  if (layer === AppealLayer.COUNTY) return AppealLayer.CITY;
  return null;
}

/** How hard the problem is; it sets the working days the departments have ("135"). */
export enum AppealGrade {
  SIMPLE = 'SIMPLE',
  GENERAL = 'GENERAL',
  COMPLEX = 'COMPLEX',
}

registerEnumType(AppealGrade, {
  name: 'AppealGrade',
  description: 'How hard the problem is (分级); each grade has its time limit in working days ("135" 时限).',
  valuesConfig: {
    SIMPLE: { description: 'Simple (简单): APPEAL_DAYS_SIMPLE working days, 1 by default.' },
    GENERAL: { description: 'General (一般): APPEAL_DAYS_GENERAL working days, 3 by default.' },
    COMPLEX: { description: 'Complex (复杂): APPEAL_DAYS_COMPLEX working days, 5 by default.' },
  },
});

/** The enterprise's verdict at the follow-up. */
export enum AppealSatisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}

registerEnumType(AppealSatisfaction, {
  name: 'AppealSatisfaction',
  description: 'The enterprise’s satisfaction at the follow-up (满意度).',
  valuesConfig: {
    SATISFIED: { description: 'Satisfied (满意).' },
    BASICALLY_SATISFIED: { description: 'Basically satisfied (基本满意).' },
    DISSATISFIED: { description: 'Dissatisfied (不满意): the appeal is reopened.' },
  },
});

/** What happened to an appeal: its history, one entry per step. */
export enum AppealStep {
  RECEIVED = 'RECEIVED',
  ASSIGNED = 'ASSIGNED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  EXTENSION_APPROVED = 'EXTENSION_APPROVED',
  EXTENSION_REFUSED = 'EXTENSION_REFUSED',
  PART_ADDED = 'PART_ADDED',
  REPLIED = 'REPLIED',
  FOLLOWED_UP = 'FOLLOWED_UP',
  REOPENED = 'REOPENED',
  ESCALATED = 'ESCALATED',
  MERGED = 'MERGED',
  CLOSED = 'CLOSED',
  TYPICAL_CASE_PUBLISHED = 'TYPICAL_CASE_PUBLISHED',
}

registerEnumType(AppealStep, {
  name: 'AppealStep',
  description: 'A step in an appeal’s history (流转记录).',
  valuesConfig: {
    RECEIVED: { description: 'Received in the pool from its channel.' },
    ASSIGNED: { description: 'Classified and assigned to a lead department (and any co-handlers).' },
    RETURNED: { description: 'Returned by the department as wrongly assigned, with its reason (退回).' },
    ACCEPTED: { description: 'Taken up by the lead department (签收).' },
    EXTENSION_REQUESTED: { description: 'The lead department asked for more working days (申请延期).' },
    EXTENSION_APPROVED: { description: 'The dispatcher approved the extension; the deadline moved.' },
    EXTENSION_REFUSED: { description: 'The dispatcher refused the extension.' },
    PART_ADDED: { description: 'A co-handling department added its part (协办意见).' },
    REPLIED: { description: 'The lead department replied with its measures (答复).' },
    FOLLOWED_UP: { description: 'The enterprise was called back (回访).' },
    REOPENED: { description: 'Reopened to the same department after a dissatisfied or unsolved follow-up (重办).' },
    ESCALATED: { description: 'Moved up a layer, with the rule that fired (提级).' },
    MERGED: { description: 'A duplicate was merged into this appeal, or this one into another.' },
    CLOSED: { description: 'Closed and struck off (办结销号).' },
    TYPICAL_CASE_PUBLISHED: { description: 'Written up and published as a typical case (典型案例).' },
  },
});

/** Why an appeal was escalated. */
export enum EscalationRule {
  OVERDUE = 'OVERDUE',
  REOPENED_TWICE = 'REOPENED_TWICE',
  DISPATCHER = 'DISPATCHER',
}

registerEnumType(EscalationRule, {
  name: 'EscalationRule',
  description: 'The rule that escalated an appeal (提级规则).',
  valuesConfig: {
    OVERDUE: { description: 'Past its deadline without a reply (the daily escalation job).' },
    REOPENED_TWICE: { description: 'Reopened a second time after follow-ups.' },
    DISPATCHER: { description: 'Escalated by the dispatcher, with a reason.' },
  },
});
