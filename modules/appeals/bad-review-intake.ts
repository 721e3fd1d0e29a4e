import { LockMode } from '@mikro-orm/core';
import { subscribe } from '../platform/events/domain-event';
import { badReviewRectificationOpened, rectificationProgressed } from '../one-matter/review.events';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Department } from '../one-matter/department.entity';
import { Rectification } from '../one-matter/rectification.entity';
import { Appeal } from './appeal.entity';
import { AppealChannel } from './appeal-channel.entity';
import { BAD_REVIEW_CHANNEL } from './appeal-channels.data';
import { nextAppealNumber } from './appeal-intake.service';
import { AppealNotificationKind, notifyAppeal } from './appeal-notifications';
import { escalate } from './appeal-routing.service';
import { AppealLayer, AppealSatisfaction, AppealState, AppealStep, EscalationRule } from './appeal-states';
import { carryMerged, record } from './appeal-steps';

const INTAKE_ACTOR = 'one-matter:review';

/**
 * A bad review lands in the pool by itself, assigned to the department that owes the rectification, with the
 * rectification's deadline: the office sees the problem beside the others. The rectification stays the department's
 * loop, and the appeal moves with it.
 */
export const badReviewSubscriptions = [
  subscribe(badReviewRectificationOpened, async (opened, { em }) => {
    const department = await em.findOneOrFail(Department, { id: opened.departmentId });
    const channel = await em.findOneOrFail(AppealChannel, { code: BAD_REVIEW_CHANNEL });
    const appeal = em.create(Appeal, {
      number: await nextAppealNumber(em, opened.openedOn),
      channel,
      channelReference: opened.reviewId,
      enterprise: em.getReference(Enterprise, opened.enterpriseId),
      title: `办件 ${opened.caseNumber} 差评（${opened.level}）`,
      description: opened.comment ?? '（评价未留言）',
      submittedBy: INTAKE_ACTOR,
      receivedAt: opened.reviewedAt,
      state: AppealState.ASSIGNED,
      layer: AppealLayer.COUNTY,
      leadDepartment: department,
      assignedOn: opened.openedOn,
      dueOn: opened.dueOn,
      dueOnProvisional: opened.dueOnProvisional,
      rectification: em.getReference(Rectification, opened.rectificationId),
    });
    const scope = { em, now: opened.reviewedAt, actor: INTAKE_ACTOR };
    record(scope, appeal, AppealStep.RECEIVED, { note: BAD_REVIEW_CHANNEL });
    record(scope, appeal, AppealStep.ASSIGNED, { department, layer: AppealLayer.COUNTY, dueOn: opened.dueOn, note: 'rectification of a bad review' });
    await em.flush();
    await notifyAppeal(em, AppealNotificationKind.ASSIGNED, appeal, [department.code], opened.reviewedAt);
  }),
  subscribe(rectificationProgressed, async (progress, { em, platform }) => {
    const appeal = await em.findOne(Appeal, { rectification: progress.rectificationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!appeal) return; // a rectification older than the appeals module
    await em.populate(appeal, ['leadDepartment', 'coHandlers.department']);
    const now = platform.clock.now();
    const scope = { em, now, actor: progress.actor, appeal };
    const department = appeal.leadDepartment?.getEntity() ?? null;
    if (progress.state === 'RECTIFIED') {
      Object.assign(appeal, {
        state: AppealState.REPLIED,
        reply: progress.measures,
        repliedOn: progress.on,
        repliedLate: appeal.repliedLate || progress.on > appeal.dueOn!,
      });
      record(scope, appeal, AppealStep.REPLIED, { department, note: progress.measures });
    } else {
      const satisfied = progress.raterSatisfied === true;
      Object.assign(appeal, {
        satisfaction: satisfied ? AppealSatisfaction.SATISFIED : AppealSatisfaction.DISSATISFIED,
        solved: satisfied,
        followedUpOn: progress.on,
      });
      record(scope, appeal, AppealStep.FOLLOWED_UP, { note: progress.note, satisfaction: appeal.satisfaction, solved: appeal.solved });
      if (progress.state === 'CLOSED') {
        Object.assign(appeal, { state: AppealState.CLOSED, closedOn: progress.on });
        record(scope, appeal, AppealStep.CLOSED, { note: 'the rectification closed' });
      } else {
        Object.assign(appeal, {
          state: AppealState.HANDLING,
          reopenCount: appeal.reopenCount + 1,
          reply: null,
          repliedOn: null,
          assignedOn: progress.on,
          dueOn: progress.dueOn,
          dueOnProvisional: progress.dueOnProvisional,
        });
        record(scope, appeal, AppealStep.REOPENED, { department, dueOn: progress.dueOn });
        if (appeal.reopenCount >= 2) escalate(scope, EscalationRule.REOPENED_TWICE, `reopened ${appeal.reopenCount} times`);
      }
    }
    await em.flush();
    await carryMerged(em, appeal);
  }),
];
