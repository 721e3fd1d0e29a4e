import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/relay/node.interface';
import { BaseEntity } from '../../platform/database/base.entity';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { CreditGrade } from './grade';

export interface ExplanationLine {
  rule: string;
  description: string;
  points: number;
  evidence: Array<{ type: string; id: string }>;
}

/** One computation of an enterprise's score, kept as history; the newest is flagged current. */
@Entity({ tableName: 'credit_score' })
@Index({ properties: ['enterprise', 'current'] })
// At most one current score per enterprise, whatever races past the recompute lock.
@Index({
  name: 'credit_score_one_current',
  expression: 'create unique index "credit_score_one_current" on "credit_score" ("enterprise_id") where "current"',
})
@ObjectType({ implements: Node, description: 'A computed credit score with the rule set that produced it and why (信用评分).' })
export class CreditScore extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => Int, { description: 'Score from 0 to 1000.' })
  @Property({ type: 'integer' })
  score!: number;

  @Field(() => CreditGrade, { description: 'Grade under the configured cuts.' })
  @Enum({ items: () => CreditGrade })
  grade!: CreditGrade;

  @Field(() => String, { description: 'The rule set (and version) that produced the score.' })
  @Property({ type: 'string', length: 60 })
  ruleSet!: string;

  @Field(() => Date, { description: 'When it was computed.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  computedAt!: Date;

  @Property({ type: 'json' })
  explanation: ExplanationLine[] = [];

  @Property({ type: 'boolean' })
  current: boolean = true;
}
