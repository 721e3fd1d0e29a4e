import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { range } from '../platform/validation/number-range';
import { MutationPayload } from '../platform/errors/mutation';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Channel } from '../one-matter/case-states';
import { ChainCode } from './chain-code';
import { BundleDraft, BundleNodeInput } from './bundle.types';
import { BUNDLE_LIMITS } from './bundle-content';
import { BundleVersion } from './chain-bundle.entity';
import { BundleApplication } from './bundle-application.entity';

@InputType({ description: 'The edited draft of a chain bundle.' })
export class BundleDraftSaveInput {
  @Field(() => ChainCode, { description: 'The chain; a DESK may edit its own chains only.' })
  chain!: string;

  @Field(() => String, { description: 'Name of the bundle.' })
  name!: string;

  @Field(() => String, { description: 'What the bundle offers.' })
  description!: string;

  @Field(() => [BundleNodeInput], { description: `The chain nodes with what is stacked on them, each node once; at most ${BUNDLE_LIMITS.nodes}.` })
  nodes!: BundleNodeInput[];

  @Field(() => Int, { nullable: true, description: 'The revision last read (0 before the first save); refused when no longer current.' })
  @Extensions(range(0, 2_147_483_647))
  expectedRevision?: number | null;
}

@ObjectType({ description: 'Result of bundleDraftSave.' })
export class BundleDraftSavePayload extends MutationPayload {
  @Field(() => BundleDraft, { nullable: true, description: 'The saved draft.' })
  draft: BundleDraft | null = null;
}

@InputType({ description: 'Which chain’s draft to publish.' })
export class BundlePublishInput {
  @Field(() => ChainCode, { description: 'The chain.' })
  chain!: string;
}

@ObjectType({ description: 'Result of bundlePublish.' })
export class BundlePublishPayload extends MutationPayload {
  @Field(() => BundleVersion, { nullable: true, description: 'The new published version.' })
  version: BundleVersion | null = null;
}

@InputType({ description: 'An enterprise at a chain node.' })
export class ChainMembershipInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => ChainCode, { description: 'The chain.' })
  chain!: string;

  @Field(() => String, { description: 'Code of the chain node.' })
  node!: string;
}

@ObjectType({ description: 'Result of chainMembershipJoin or chainMembershipLeave.' })
export class ChainMembershipPayload extends MutationPayload {
  @Field(() => Enterprise, { nullable: true, description: 'The enterprise with its chain nodes.' })
  enterprise: Enterprise | null = null;
}

@InputType({ description: 'An application for a chain bundle at a node.' })
export class BundleApplyInput {
  @Field(() => ChainCode, { description: 'The chain.' })
  chain!: string;

  @Field(() => String, { description: 'The chain node, which the enterprise must have joined.' })
  node!: string;

  @Field(() => ID, { description: 'Global id of the applying enterprise.' })
  enterpriseId!: string;

  @Field(() => Channel, { description: 'How the cases are submitted.' })
  channel!: Channel;

  @Field(() => String, { nullable: true, description: 'Window code, for the WINDOW channel.' })
  windowCode?: string | null;

  @Field(() => String, { description: 'Client-chosen key; a retry with the same key returns the same application.' })
  idempotencyKey!: string;
}

@ObjectType({ description: 'Result of bundleApply.' })
export class BundleApplyPayload extends MutationPayload {
  @Field(() => BundleApplication, { nullable: true, description: 'The application with its cases.' })
  application: BundleApplication | null = null;
}
