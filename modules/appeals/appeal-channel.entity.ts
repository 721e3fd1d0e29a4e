import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { ApiKey } from '../platform/auth/api-key.entity';

/** A way problems reach the pool (诉求渠道): reference data that an ADMIN extends. */
@Entity({ tableName: 'appeal_channel' })
@ObjectType({ implements: Node, description: 'A channel through which enterprise problems reach the pool (诉求渠道).' })
export class AppealChannel extends BaseEntity<'partnerKey' | 'builtIn'> {
  @Field(() => String, { description: 'Stable code, e.g. HOTLINE_12345.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 12345政务服务热线.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'What arrives through it.' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @Field(() => Boolean, { description: 'Whether the product defines it (the 14 channels of the source document); an ADMIN adds others.' })
  @Property({ type: 'boolean', default: false })
  builtIn: boolean = false;

  /** The API key of the channel's own system, which submits with its own reference numbers; not a GraphQL field. */
  @ManyToOne(() => ApiKey, { ref: true, nullable: true })
  partnerKey: Ref<ApiKey> | null = null;
}
