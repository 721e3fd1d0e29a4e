import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { Department } from '../one-matter/department.entity';
import { InspectionItemKind } from './inspection.enums';

/**
 * An item of a department's inspection list (抽查事项清单): what is checked, on what legal basis, on which targets,
 * and by inspectors qualified in which field. The list is public.
 */
@Entity({ tableName: 'inspection_item' })
@ObjectType({ implements: Node, description: "An item of a department's random-inspection list (抽查事项)." })
export class InspectionItem extends BaseEntity<'industries' | 'chains' | 'licences' | 'active'> {
  @Field(() => String, { description: 'Stable code, e.g. env-discharge-permit.' })
  @Property({ type: 'string', length: 60, unique: true })
  code!: string;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @Field(() => String, { description: 'What is checked (检查事项名称).' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'The legal basis of the check (检查依据).' })
  @Property({ type: 'text' })
  legalBasis!: string;

  @Field(() => InspectionItemKind, { description: 'KEY items have no cap on the share drawn; GENERAL items are capped.' })
  @Enum({ items: () => InspectionItemKind })
  kind!: InspectionItemKind;

  @Field(() => String, { description: "The inspection field an inspector's qualification must cover, e.g. environment." })
  @Property({ type: 'string', length: 60 })
  field!: string;

  @Field(() => [String], {
    description: 'Industry codes (GB/T 4754, a prefix covers its subclasses) of the targets; empty with no chains: every enterprise.',
  })
  @Property({ type: 'array', columnType: 'text[]' })
  industries: string[] = [];

  @Field(() => [String], { description: 'Chains (scope form) whose members are targets.' })
  @Property({ type: 'array', columnType: 'text[]' })
  chains: string[] = [];

  @Field(() => [String], { description: 'Licences (by name, e.g. 食品经营许可证) whose holders are targets.' })
  @Property({ type: 'array', columnType: 'text[]' })
  licences: string[] = [];

  @Field(() => Boolean, { description: 'Whether the item is on the list in force; withdrawn items stay for the plans that used them.' })
  @Property({ type: 'boolean' })
  active = true;
}
