import { Entity, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { Department } from '../one-matter/department.entity';
import { Appeal } from './appeal.entity';

/**
 * A closed appeal written up for others to learn from (典型案例). It is public, so it holds no personal data and
 * does not name the enterprise: the write-up is the office's own text, and only the categories, the channel and the
 * department come from the appeal.
 */
@Entity({ tableName: 'typical_case' })
@ObjectType({
  implements: Node,
  description: 'A closed appeal published as a typical case (典型案例), without personal data or the enterprise’s name.',
})
export class TypicalCase extends BaseEntity {
  /** The appeal it was written from; not a field, so that the public case leads nowhere private. */
  @OneToOne(() => Appeal, { ref: true, owner: true, unique: true })
  appeal!: Ref<Appeal>;

  @Field(() => String, { description: 'Title of the write-up.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'The problem, what was done and what it shows, in the office’s words.' })
  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text[]' })
  categoryCodes!: string[];

  @Field(() => String, { description: 'Code of the channel the problem came through.' })
  @Property({ type: 'string', length: 40 })
  channelCode!: string;

  @ManyToOne(() => Department, { ref: true })
  leadDepartment!: Ref<Department>;

  @Field(() => Date, { description: 'When it was published.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  publishedAt!: Date;
}
