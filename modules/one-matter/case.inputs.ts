import { LocalDateScalar } from '../platform/scalars/local-date';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { range } from '../platform/validation/number-range';
import { MutationPayload } from '../platform/errors/mutation';
import { ServiceCase } from './case.entity';
import { CaseState, Channel } from './case-states';
import { Task } from './task.entity';

@InputType({ description: 'An application for a one-matter bundle.' })
export class CaseSubmitInput {
  @Field(() => String, { description: 'Code of the matter, e.g. OPEN_RESTAURANT.' })
  matterCode!: string;

  @Field(() => ID, { description: 'Global id of the applying enterprise; an ENTERPRISE caller may apply only for itself.' })
  enterpriseId!: string;

  @Field(() => Channel, { description: 'How the case is submitted; WINDOW is for officers at a window.' })
  channel!: Channel;

  @Field(() => String, { nullable: true, description: 'Code of the window, required for the WINDOW channel.' })
  windowCode?: string | null;

  @Field(() => String, { description: 'Client-chosen key; retrying a submission with the same key returns the same case.' })
  idempotencyKey!: string;
}

@ObjectType({ description: 'Result of caseSubmit.' })
export class CaseSubmitPayload extends MutationPayload {
  @Field(() => ServiceCase, { nullable: true, description: 'The case, new or the one this idempotency key created before.' })
  case: ServiceCase | null = null;
}

@InputType({ description: 'Withdraws a case that has not ended.' })
export class CaseWithdrawInput {
  @Field(() => ID, { description: 'Global id of the case.' })
  id!: string;
}

@ObjectType({ description: 'Result of caseWithdraw.' })
export class CaseWithdrawPayload extends MutationPayload {
  @Field(() => ServiceCase, { nullable: true, description: 'The withdrawn case.' })
  case: ServiceCase | null = null;
}

@InputType({ description: 'An officer’s action on a task of its department.' })
export class TaskActionInput {
  @Field(() => ID, { description: 'Global id of the task.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version last read; when given and no longer current, the action is refused.' })
  @Extensions(range(1, 2_147_483_647))
  expectedVersion?: number | null;
}

@InputType({ description: 'Refuses a task, with the reason the applicant will read.' })
export class TaskRejectInput extends TaskActionInput {
  @Field(() => String, { description: 'Why the task is refused.' })
  reason!: string;
}

@InputType({ description: 'Asks the applicant for more material; the clock stops until it arrives.' })
export class TaskRequestSupplementInput extends TaskActionInput {
  @Field(() => String, { description: 'What the applicant must supplement.' })
  request!: string;
}

@InputType({ description: 'The applicant supplies what a suspended task asked for; the clock runs again.' })
export class TaskSupplementInput {
  @Field(() => ID, { description: 'Global id of the suspended task.' })
  id!: string;
}

@ObjectType({ description: 'Result of an action on a task.' })
export class TaskPayload extends MutationPayload {
  @Field(() => Task, { nullable: true, description: 'The task after the action.' })
  task: Task | null = null;

  @Field(() => ServiceCase, { nullable: true, description: 'Its case after the action.' })
  case: ServiceCase | null = null;
}

@InputType({ description: 'Narrows a list of cases; all given conditions must hold.' })
export class CaseFilter {
  @Field(() => ID, { nullable: true, description: 'Only cases of this enterprise.' })
  enterpriseId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cases of this matter code.' })
  matterCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cases with a task of this department code.' })
  departmentCode?: string | null;

  @Field(() => [CaseState], { nullable: true, description: 'Only cases in one of these states.' })
  states?: CaseState[] | null;

  @Field(() => [Channel], { nullable: true, description: 'Only cases submitted through one of these channels.' })
  channels?: Channel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only overdue (true) or only not overdue (false) cases.' })
  overdue?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only cases submitted on or after this day.' })
  submittedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only cases submitted on or before this day.' })
  submittedTo?: string | null;
}
