import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Role } from '../platform/auth/principal';
import { today } from '../platform/clock';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import type { ConnectionArgs } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { assertActsForDepartment, assertAuthenticated } from './case.access';
import { ServiceCase } from './case.entity';
import { CaseState, isOnlineChannel } from './case-states';
import { Rectification } from './rectification.entity';
import { RectificationFilter, RectificationFollowUpInput, RectificationReportInput, ReviewSubmitInput } from './review.inputs';
import { BAD_REVIEW_SCORE, IN_PERSON_DIMENSIONS, ONLINE_DIMENSIONS, RectificationState, REVIEW_SCORE } from './review-levels';
import { Review } from './review.entity';
import { badReviewRectificationOpened, rectificationProgressed } from './review.events';
import type { WorkingDayCalendar } from '../platform/calendar/working-day-calendar';

const REVIEWABLE_STATES = [CaseState.COMPLETED, CaseState.REJECTED];
const MAX_COMMENT = 500;

export class ReviewService {
  constructor(private readonly context: GraphQLContext) {}

  private get today(): string {
    return today(this.context.platform.clock);
  }

  async submit(em: EntityManager, input: ReviewSubmitInput): Promise<{ review: Review; rectification: Rectification | null }> {
    const { principal } = this.context;
    // Before the case's row lock: the calendar lock is always taken first.
    const calendar = await this.context.platform.calendar.forDeadlines(em);
    const caseId = uuidFromGlobalId(input.caseId, 'Case');
    // The case row lock makes a double submission wait and then find the first review.
    const serviceCase = caseId ? await em.findOne(ServiceCase, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!serviceCase) throw new UserErrorsException([userError(['input', 'caseId'], UserErrorCode.NOT_FOUND, 'No case has this id.')]);
    await em.populate(serviceCase, ['enterprise', 'tasks.department']);
    if (principal.role !== Role.ENTERPRISE || principal.enterpriseUscc !== serviceCase.enterprise.getEntity().uscc) {
      throw new ForbiddenError('Only the applying enterprise reviews its case.');
    }
    const errors = new UserErrorCollector();
    if (!REVIEWABLE_STATES.includes(serviceCase.state)) {
      errors.add(
        ['input', 'caseId'],
        UserErrorCode.INVALID_STATE,
        `A case is reviewed once it is completed or rejected; this one is ${serviceCase.state}.`,
      );
    } else if (await em.count(Review, { serviceCase })) {
      errors.add(['input', 'caseId'], UserErrorCode.TAKEN, 'The case has already been reviewed.');
    }
    const online = isOnlineChannel(serviceCase.channel);
    const allowed = online ? ONLINE_DIMENSIONS : IN_PERSON_DIMENSIONS;
    const seen = new Set<string>();
    input.ratings.forEach((rating, index) => {
      const field = ['input', 'ratings', String(index)];
      if (!allowed.includes(rating.dimension)) {
        errors.add(
          field,
          UserErrorCode.CONFLICT,
          `${rating.dimension} does not apply to a ${online ? 'online' : 'in-person'} case; use ${allowed.join(', ')}.`,
        );
      } else if (seen.has(rating.dimension)) errors.add(field, UserErrorCode.CONFLICT, `${rating.dimension} is rated twice.`);
      if (!Number.isInteger(rating.score) || rating.score < 1 || rating.score > 5)
        errors.add(field, UserErrorCode.OUT_OF_RANGE, 'A score lies between 1 and 5.');
      seen.add(rating.dimension);
    });
    const comment = input.comment?.trim() || null;
    if (comment && [...comment].length > MAX_COMMENT)
      errors.add(['input', 'comment'], UserErrorCode.TOO_LONG, `A comment has at most ${MAX_COMMENT} characters.`);
    const departments = serviceCase.tasks.getItems().map((task) => task.department.getEntity());
    const department = input.departmentCode ? departments.find((candidate) => candidate.code === input.departmentCode) : departments[0];
    if (!department) errors.add(['input', 'departmentCode'], UserErrorCode.NOT_FOUND, `No task of the case belongs to ${input.departmentCode}.`);
    errors.throwIfAny();

    const score = REVIEW_SCORE[input.level];
    const review = em.create(Review, {
      serviceCase,
      department: department!,
      level: input.level,
      score,
      online,
      ratings: input.ratings.map(({ dimension, score: value }) => ({ dimension, score: value })),
      comment,
      unprompted: input.unprompted,
      reviewedAt: this.context.platform.clock.now(),
    });
    let rectification: Rectification | null = null;
    if (score <= BAD_REVIEW_SCORE)
      rectification = em.create(Rectification, { review, department: department!, ...this.rectificationClock(calendar) });
    await em.flush();
    if (rectification) {
      await this.context.platform.events.publish(
        badReviewRectificationOpened,
        {
          rectificationId: rectification.id,
          reviewId: review.id,
          caseId: serviceCase.id,
          caseNumber: serviceCase.number,
          enterpriseId: serviceCase.enterprise.id,
          departmentId: department!.id,
          level: review.level,
          comment,
          reviewedAt: review.reviewedAt,
          openedOn: rectification.openedOn,
          dueOn: rectification.dueOn,
          dueOnProvisional: rectification.dueOnProvisional,
        },
        { em, platform: this.context.platform },
      );
    }
    return { review, rectification };
  }

  /** A round of rectification starts today and is due RECTIFICATION_WORKING_DAYS working days later. */
  private rectificationClock(calendar: WorkingDayCalendar): { openedOn: string; dueOn: string; dueOnProvisional: boolean } {
    const deadline = calendar.deadline(this.today, this.context.platform.config.RECTIFICATION_WORKING_DAYS);
    return { openedOn: this.today, dueOn: deadline.dueOn, dueOnProvisional: deadline.provisional };
  }

  private async load(em: EntityManager, globalId: string): Promise<Rectification> {
    const id = uuidFromGlobalId(globalId, 'Rectification');
    const rectification = id ? await em.findOne(Rectification, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!rectification) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No rectification has this id.')]);
    await em.populate(rectification, ['department']);
    return rectification;
  }

  async report(em: EntityManager, input: RectificationReportInput): Promise<Rectification> {
    const rectification = await this.load(em, input.id);
    assertActsForDepartment(this.context.principal, rectification.department.getEntity().code);
    if (rectification.state !== RectificationState.OPEN) {
      throw new UserErrorsException([
        userError(['input', 'id'], UserErrorCode.INVALID_TRANSITION, `A ${rectification.state} rectification takes no report.`),
      ]);
    }
    if (!input.measures.trim()) throw new UserErrorsException([userError(['input', 'measures'], UserErrorCode.BLANK, 'Say what was done.')]);
    Object.assign(rectification, { state: RectificationState.RECTIFIED, measures: input.measures.trim(), rectifiedOn: this.today });
    await em.flush();
    await this.progressed(em, rectification, null, null);
    return rectification;
  }

  async followUp(em: EntityManager, input: RectificationFollowUpInput): Promise<Rectification> {
    const calendar = await this.context.platform.calendar.forDeadlines(em);
    const rectification = await this.load(em, input.id);
    const { principal } = this.context;
    if (principal.role !== Role.ADMIN) assertActsForDepartment(principal, rectification.department.getEntity().code);
    if (rectification.state !== RectificationState.RECTIFIED) {
      throw new UserErrorsException([
        userError(
          ['input', 'id'],
          UserErrorCode.INVALID_TRANSITION,
          `Call the rater back after the measures are reported; this rectification is ${rectification.state}.`,
        ),
      ]);
    }
    if (!input.note.trim()) throw new UserErrorsException([userError(['input', 'note'], UserErrorCode.BLANK, 'Record what the rater said.')]);
    rectification.followUps = [
      ...rectification.followUps,
      { at: this.context.platform.clock.now(), by: principal.subject, raterSatisfied: input.raterSatisfied, note: input.note.trim() },
    ];
    if (input.raterSatisfied) Object.assign(rectification, { state: RectificationState.CLOSED, closedOn: this.today });
    else Object.assign(rectification, { state: RectificationState.OPEN, ...this.rectificationClock(calendar), rectifiedOn: null });
    await em.flush();
    await this.progressed(em, rectification, input.raterSatisfied, input.note.trim());
    return rectification;
  }

  private async progressed(em: EntityManager, rectification: Rectification, raterSatisfied: boolean | null, note: string | null): Promise<void> {
    await this.context.platform.events.publish(
      rectificationProgressed,
      {
        rectificationId: rectification.id,
        state: rectification.state,
        measures: rectification.measures,
        raterSatisfied,
        note,
        on: this.today,
        dueOn: rectification.dueOn,
        dueOnProvisional: rectification.dueOnProvisional,
        actor: this.context.principal.subject,
      },
      { em, platform: this.context.platform },
    );
  }

  list(args: ConnectionArgs, filter: RectificationFilter | null) {
    const { principal } = this.context;
    assertAuthenticated(principal);
    const conditions: Array<Record<string, unknown>> = [];
    if (principal.role === Role.OFFICER) conditions.push({ department: { code: principal.department } });
    if (filter?.departmentCode) conditions.push({ department: { code: filter.departmentCode } });
    if (filter?.states?.length) conditions.push({ state: { $in: filter.states } });
    const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<Rectification>;
    return paginate(this.context, { entity: Rectification, where, sortField: 'dueOn', direction: 'ASC', args });
  }

  /** Late when still open past its due date, or when the measures came after it. */
  isOverdue(rectification: Rectification): boolean {
    if (rectification.rectifiedOn) return rectification.rectifiedOn > rectification.dueOn;
    return rectification.state === RectificationState.OPEN && this.today > rectification.dueOn;
  }
}
