import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../platform/errors/mutation';
import { maxLength } from '../platform/validation/input-policy';
import { range } from '../platform/validation/number-range';
import { Appeal } from './appeal.entity';
import { AppealChannel } from './appeal-channel.entity';
import { AppealExtension } from './appeal-extension.entity';
import { AppealGrade, AppealLayer, AppealSatisfaction, AppealState } from './appeal-states';
import { TypicalCase } from './typical-case.entity';

/** Long texts of the loop (descriptions, replies, reasons): enough for a page, not for a file. */
const LONG_TEXT = 5000;

@InputType({ description: 'An enterprise problem for the pool.' })
export class AppealSubmitInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the enterprise concerned; an ENTERPRISE caller submits for itself and may leave it out. Give this or enterpriseUscc.',
  })
  enterpriseId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The enterprise’s unified social credit code, as channel systems know it. Give this or enterpriseId.',
  })
  enterpriseUscc?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Code of the channel (see appealChannels); required of officers. Enterprises submit through ONLINE_PLATFORM, channel systems through their key’s channel.',
  })
  channelCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The channel’s own reference number, required of channel systems: a resubmission with the same one returns the first appeal.',
  })
  channelReference?: string | null;

  @Field(() => String, { description: 'The problem in a line.' })
  title!: string;

  @Extensions(maxLength(LONG_TEXT))
  @Field(() => String, { description: 'The problem as the enterprise puts it.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who to call back (personal data).' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Their phone number (personal data): digits, spaces, + and -.' })
  contactPhone?: string | null;
}

@ObjectType({ description: 'Result of appealSubmit.' })
export class AppealSubmitPayload extends MutationPayload {
  @Field(() => Appeal, { nullable: true, description: 'The appeal: new, or the first one with this channel reference.' })
  appeal: Appeal | null = null;

  @Field(() => Boolean, { description: 'Whether the channel reference had been submitted before, so the first appeal was returned.' })
  resubmission = false;
}

/** Fields every step on an appeal takes: which appeal, and optionally the version the caller saw. */
@InputType({ description: 'Never emitted: step inputs inherit its fields.' })
export abstract class AppealStepInput {
  @Field(() => ID, { description: 'Global id of the appeal.' })
  id!: string;

  @Extensions(range(1, 2_147_483_647))
  @Field(() => Int, { nullable: true, description: 'The version the caller saw; refused as STALE_VERSION if the appeal moved since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'The dispatcher classifies an appeal and assigns it (一口子流转交办).' })
export class AppealAssignInput extends AppealStepInput {
  @Field(() => [String], { description: 'Codes of the problem categories (see appealCategories), at least one.' })
  categoryCodes!: string[];

  @Field(() => AppealLayer, { description: 'The layer that handles it.' })
  layer!: AppealLayer;

  @Field(() => AppealGrade, { description: 'The grade, which sets the working days (1, 3, 5 by default).' })
  grade!: AppealGrade;

  @Field(() => String, { description: 'Code of the lead department (牵头单位).' })
  leadDepartmentCode!: string;

  @Field(() => [String], { nullable: true, description: 'Codes of co-handling departments (协办单位), none by default.' })
  coDepartmentCodes?: string[] | null;
}

@InputType({ description: 'A step that needs a reason or a text.' })
export class AppealTextStepInput extends AppealStepInput {
  @Extensions(maxLength(LONG_TEXT))
  @Field(() => String, { description: 'The reason, reply or part, as the step asks.' })
  text!: string;
}

@InputType({ description: 'The lead department asks for more working days, before the deadline.' })
export class AppealExtensionRequestInput extends AppealStepInput {
  @Extensions(range(1, 30))
  @Field(() => Int, { description: 'Working days to add to the deadline, 1 to 30.' })
  workingDays!: number;

  @Extensions(maxLength(LONG_TEXT))
  @Field(() => String, { description: 'Why they are needed.' })
  reason!: string;
}

@InputType({ description: 'The dispatcher approves or refuses an extension request.' })
export class AppealExtensionDecideInput {
  @Field(() => ID, { description: 'Global id of the extension request.' })
  extensionId!: string;

  @Field(() => Boolean, { description: 'Approve (the deadline moves) or refuse.' })
  approve!: boolean;

  @Extensions(maxLength(LONG_TEXT))
  @Field(() => String, { nullable: true, description: 'What the dispatcher says; required for a refusal.' })
  note?: string | null;
}

@InputType({ description: 'The call back to the enterprise after the reply (回访).' })
export class AppealFollowUpInput extends AppealStepInput {
  @Field(() => AppealSatisfaction, { description: 'The enterprise’s satisfaction.' })
  satisfaction!: AppealSatisfaction;

  @Field(() => Boolean, { description: 'Whether the enterprise says the problem is solved.' })
  solved!: boolean;

  @Extensions(maxLength(LONG_TEXT))
  @Field(() => String, { nullable: true, description: 'What the enterprise said.' })
  note?: string | null;
}

@InputType({ description: 'The dispatcher merges duplicates into one appeal, which answers them all.' })
export class AppealMergeInput extends AppealStepInput {
  @Field(() => [ID], { description: 'Global ids of the duplicates, not yet replied to.' })
  duplicateIds!: string[];
}

@InputType({ description: 'The dispatcher publishes a closed appeal as a typical case, in the office’s own words.' })
export class TypicalCasePublishInput extends AppealStepInput {
  @Field(() => String, { description: 'Title of the write-up.' })
  title!: string;

  @Extensions(maxLength(LONG_TEXT))
  @Field(() => String, { description: 'The problem, what was done and what it shows; no personal data, no enterprise name.' })
  summary!: string;
}

@InputType({ description: 'An ADMIN adds a channel to the pool.' })
export class AppealChannelAddInput {
  @Field(() => String, { description: 'Stable code: capitals, digits and underscores, e.g. CITY_PORTAL.' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 市民卡APP.' })
  name!: string;

  @Field(() => String, { description: 'What arrives through it.' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the API key of the channel’s system, which then submits with its own references.' })
  partnerKeyId?: string | null;
}

@ObjectType({ description: 'Result of a step on an appeal.' })
export class AppealPayload extends MutationPayload {
  @Field(() => Appeal, { nullable: true, description: 'The appeal after the step.' })
  appeal: Appeal | null = null;
}

@ObjectType({ description: 'Result of appealExtensionRequest and appealExtensionDecide.' })
export class AppealExtensionPayload extends MutationPayload {
  @Field(() => AppealExtension, { nullable: true, description: 'The extension request.' })
  extension: AppealExtension | null = null;

  @Field(() => Appeal, { nullable: true, description: 'The appeal, with its deadline after the decision.' })
  appeal: Appeal | null = null;
}

@ObjectType({ description: 'Result of typicalCasePublish.' })
export class TypicalCasePublishPayload extends MutationPayload {
  @Field(() => TypicalCase, { nullable: true, description: 'The published typical case.' })
  typicalCase: TypicalCase | null = null;
}

@ObjectType({ description: 'Result of appealChannelAdd.' })
export class AppealChannelAddPayload extends MutationPayload {
  @Field(() => AppealChannel, { nullable: true, description: 'The new channel.' })
  channel: AppealChannel | null = null;
}

@InputType({ description: 'Conditions on appeals; all given ones must hold.' })
export class AppealFilter {
  @Field(() => [AppealState], { nullable: true, description: 'Any of these states.' })
  states?: AppealState[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these channel codes.' })
  channelCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Assigned to this department, as lead or co-handler.' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Classified with this category code.' })
  categoryCode?: string | null;

  @Field(() => AppealLayer, { nullable: true, description: 'Handled at this layer.' })
  layer?: AppealLayer | null;

  @Field(() => Boolean, { nullable: true, description: 'Past the deadline without a reply (true), or not (false).' })
  overdue?: boolean | null;
}
