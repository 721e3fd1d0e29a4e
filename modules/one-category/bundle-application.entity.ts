import { Collection, Entity, ManyToMany, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { ChainCode } from './chain-code';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ServiceCase } from '../one-matter/case.entity';
import { BundleVersion } from './chain-bundle.entity';

/** An enterprise's application for a chain bundle at a node: one case per stacked matter, followed as one. */
@Entity({ tableName: 'bundle_application' })
@Unique({ properties: ['submittedBy', 'idempotencyKey'] })
@ObjectType({ implements: Node, description: 'An application for a chain bundle at a node: the cases of its stacked matters, followed as one.' })
export class BundleApplication extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @ManyToOne(() => BundleVersion, { ref: true })
  version!: Ref<BundleVersion>;

  @Field(() => ChainCode, { description: 'The chain.' })
  @Property({ type: 'string', length: 40 })
  chain!: string;

  @Field(() => String, { description: 'The chain node applied at.' })
  @Property({ type: 'string', length: 40 })
  node!: string;

  @ManyToMany(() => ServiceCase, undefined, { owner: true, pivotTable: 'bundle_application_case' })
  cases = new Collection<ServiceCase>(this);

  @Field(() => Date, { description: 'When the application was submitted.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;
}
