import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../platform/errors/user-error';
import { ChainCode } from './chain-code';
import { BUNDLE_LIMITS, type BundleNodeContent } from './bundle-content';
import type { ChainNodeDefinition } from './chain-definition';

@ObjectType('BundlePolicy', { description: 'A policy that applies at a chain node (惠企政策).' })
export class BundlePolicyType {
  @Field(() => String, { description: 'Title of the policy.' })
  title!: string;

  @Field(() => String, { description: 'What it offers, in a sentence.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Code of a published policy it points at (see policies), when it is one.' })
  policyCode?: string | null;
}

/** Its own input type: the module that publishes policies adds resolved fields to the output type. */
@InputType('BundlePolicyInput', { description: 'A policy that applies at a chain node.' })
export class BundlePolicyInput {
  @Field(() => String, { description: 'Title of the policy.' })
  title!: string;

  @Field(() => String, { description: 'What it offers, in a sentence.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Code of a published policy to point at (see policies), when it is one.' })
  policyCode?: string | null;
}

@ObjectType('BundleContact', { description: 'A desk contact for a chain node (专班联系人).' })
@InputType('BundleContactInput', { description: 'A desk contact for a chain node.' })
export class BundleContactType {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Phone number.' })
  phone!: string;

  @Field(() => String, { description: 'Role, e.g. 产业链专班联络员.' })
  role!: string;
}

@ObjectType({ description: 'A segment of an industry chain, e.g. planting, processing, sales (产业链环节).' })
export class ChainNode {
  @Field(() => String, { description: 'Code, e.g. PROCESSING.' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 精深加工.' })
  name!: string;

  @Field(() => String, { description: 'What happens at this node.' })
  description!: string;
}

/** A node of a draft or published bundle: the chain node with what is stacked on it. */
@ObjectType({ description: 'A chain node of a bundle with the matters, items, policies and contacts stacked on it.' })
export class BundleNode {
  constructor(
    readonly content: BundleNodeContent,
    readonly definition: ChainNodeDefinition | undefined,
    readonly generatedMatter: string | null,
  ) {}

  @Field(() => String, { description: 'Code of the chain node.' })
  code(): string {
    return this.content.code;
  }

  @Field(() => String, { description: 'Name of the chain node.' })
  name(): string {
    return this.definition?.name ?? this.content.code;
  }

  @Field(() => [String], { description: 'Codes of the nodes that come before this one.' })
  after(): string[] {
    return this.content.after;
  }

  @Field(() => [String], { description: 'Codes of the lifecycle matters stacked on the node.' })
  matterCodes(): string[] {
    return this.content.matters;
  }

  @Field(() => [String], { description: 'Codes of the standalone service items stacked on the node (chain-specific items among them).' })
  itemCodes(): string[] {
    return this.content.items;
  }

  @Field(() => [BundlePolicyType], { description: 'Policies that apply at the node.' })
  policies(): BundlePolicyType[] {
    return this.content.policies;
  }

  @Field(() => [BundleContactType], { description: 'Desk contacts for the node.' })
  contacts(): BundleContactType[] {
    return this.content.contacts;
  }
}

@InputType({ description: 'A chain node of a bundle draft.' })
export class BundleNodeInput {
  @Field(() => String, { description: 'Code of one of the chain’s nodes.' })
  code!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: `Codes of the nodes that come before this one, each once; at most ${BUNDLE_LIMITS.afterPerNode}.`,
  })
  after!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: `Codes of lifecycle matters to stack, each once; at most ${BUNDLE_LIMITS.mattersPerNode}.`,
  })
  matters!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: `Codes of standalone service items to stack, each once; at most ${BUNDLE_LIMITS.itemsPerNode}.`,
  })
  items!: string[];

  @Field(() => [BundlePolicyInput], {
    defaultValue: [],
    description: `Policies that apply at the node, each title once; at most ${BUNDLE_LIMITS.policiesPerNode}.`,
  })
  policies!: BundlePolicyInput[];

  @Field(() => [BundleContactType], {
    defaultValue: [],
    description: `Desk contacts for the node, each name and phone once; at most ${BUNDLE_LIMITS.contactsPerNode}.`,
  })
  contacts!: BundleContactType[];
}

@ObjectType({ description: 'The working draft of a chain bundle, with what would stop it from being published.' })
export class BundleDraft {
  @Field(() => ChainCode, { description: 'The chain.' })
  chain!: string;

  @Field(() => String, { description: 'Name of the bundle, e.g. <chain>产业“一类事”.' })
  name!: string;

  @Field(() => String, { description: 'What the bundle offers.' })
  description!: string;

  @Field(() => [BundleNode], { description: 'The nodes in the draft.' })
  nodes!: BundleNode[];

  @Field(() => Int, { description: 'Revision of the draft; send it back as expectedRevision.' })
  revision!: number;

  @Field(() => Int, { description: 'Number of the newest published version; 0 before the first.' })
  latestVersion!: number;

  @Field(() => [UserError], { description: 'Problems that stop publication; empty when the draft is valid.' })
  problems!: UserError[];
}

@ObjectType({ description: 'What changed at one node between two versions.' })
export class NodeChangeType {
  @Field(() => String, { description: 'Code of the node.' })
  code!: string;

  @Field(() => [String], { description: 'Matter codes stacked since.' })
  addedMatters!: string[];

  @Field(() => [String], { description: 'Matter codes no longer stacked.' })
  removedMatters!: string[];

  @Field(() => [String], { description: 'Item codes stacked since.' })
  addedItems!: string[];

  @Field(() => [String], { description: 'Item codes no longer stacked.' })
  removedItems!: string[];

  @Field(() => Boolean, { description: 'Whether the nodes before it changed.' })
  orderChanged!: boolean;

  @Field(() => Boolean, { description: 'Whether its policies changed.' })
  policiesChanged!: boolean;

  @Field(() => Boolean, { description: 'Whether its contacts changed.' })
  contactsChanged!: boolean;
}

@ObjectType({ description: 'What changed from one published version of a bundle to another.' })
export class BundleDiff {
  @Field(() => Int, { description: 'The older version.' })
  from!: number;

  @Field(() => Int, { description: 'The newer version.' })
  to!: number;

  @Field(() => Boolean, { description: 'Whether the name changed.' })
  nameChanged!: boolean;

  @Field(() => Boolean, { description: 'Whether the description changed.' })
  descriptionChanged!: boolean;

  @Field(() => [String], { description: 'Codes of nodes added.' })
  addedNodes!: string[];

  @Field(() => [String], { description: 'Codes of nodes removed.' })
  removedNodes!: string[];

  @Field(() => [NodeChangeType], { name: 'changedNodes', description: 'Nodes kept with changes.' })
  changedNodes!: NodeChangeType[];
}
