import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import type { PolicyContent } from './policy-content';

/** A policy's identity, its working draft and the number of its latest published version. */
@Entity({ tableName: 'policy' })
@ObjectType({ implements: Node, description: 'A policy for enterprises (惠企政策), with its published versions.' })
export class Policy extends BaseEntity<'draft' | 'revision' | 'latestVersion'> {
  @Field(() => String, { description: 'Stable code, e.g. RD_SUBSIDY_2026.' })
  @Property({ type: 'string', length: 60, unique: true })
  code!: string;

  /** The draft its editors work on; published versions are copies of it. Not a field: editors read policyDraft. */
  @Property({ type: 'json' })
  draft!: PolicyContent;

  @Field(() => Int, { description: 'How often the draft was saved; pass it as expectedRevision to save only over what you saw.' })
  @Property({ type: 'integer', default: 1 })
  revision: number = 1;

  @Field(() => Int, { description: 'Number of the latest published version; 0 before the first.' })
  @Property({ type: 'integer', default: 0 })
  latestVersion: number = 0;

  @Property({ type: 'string', length: 200 })
  draftedBy!: string;
}

/** A published version of a policy: immutable, numbered 1, 2, 3… */
@Entity({ tableName: 'policy_version' })
@Unique({ properties: ['policy', 'number'] })
@ObjectType({ implements: Node, description: 'A published version of a policy (政策版本), as the calculator applies it.' })
export class PolicyVersion extends BaseEntity {
  @ManyToOne(() => Policy, { ref: true })
  policy!: Ref<Policy>;

  @Field(() => Int, { description: 'Its number.' })
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  content!: PolicyContent;

  @Field(() => Date, { description: 'When it was published.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  publishedAt!: Date;

  @Field(() => String, { description: 'Who published it.' })
  @Property({ type: 'string', length: 200 })
  publishedBy!: string;
}
