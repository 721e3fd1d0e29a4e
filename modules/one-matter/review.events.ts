import { defineDomainEvent } from '../platform/events/domain-event';

/** A bad review (level 2 or below) opened a rectification for a department. */
export interface BadReviewRectificationOpened {
  rectificationId: string;
  reviewId: string;
  caseId: string;
  caseNumber: string;
  enterpriseId: string;
  departmentId: string;
  /** The review's level, e.g. BAD or VERY_BAD. */
  level: string;
  comment: string | null;
  reviewedAt: Date;
  /** The county's date the rectification opened on, and its due date. */
  openedOn: string;
  dueOn: string;
  dueOnProvisional: boolean;
}

/** A rectification moved: measures reported, or the rater's follow-up closed or reopened it. */
export interface RectificationProgressed {
  rectificationId: string;
  /** RECTIFIED after the report; CLOSED after a satisfied follow-up; OPEN again after an unsatisfied one. */
  state: string;
  measures: string | null;
  /** For a follow-up: whether the rater was satisfied, and what was said. */
  raterSatisfied: boolean | null;
  note: string | null;
  /** The county's date it happened on; for a reopening, the new round's due date. */
  on: string;
  dueOn: string;
  dueOnProvisional: boolean;
  actor: string;
}

/**
 * A bad review opened a rectification, in the transaction of the review: whoever tracks enterprise problems (the
 * appeals pool) takes it in here, not by one-matter calling it.
 */
export const badReviewRectificationOpened = defineDomainEvent<BadReviewRectificationOpened>(
  'one-matter.badReviewRectificationOpened',
  'A review at level 2 or below opened a rectification for a department.',
);

/** A rectification was reported, closed or reopened, in the transaction that did it. */
export const rectificationProgressed = defineDomainEvent<RectificationProgressed>(
  'one-matter.rectificationProgressed',
  'A rectification’s measures were reported, or the rater’s follow-up closed or reopened it.',
);
