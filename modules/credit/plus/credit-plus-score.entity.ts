import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/relay/node.interface';
import { BaseEntity } from '../../platform/database/base.entity';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { ChainCode } from '../../one-category/chain-code';
import { CreditGrade } from '../scoring/grade';
import type { ExplanationLine } from '../scoring/credit-score.entity';

/** A chain's credit+ score of an enterprise: its base score moved by the chain's rules, with history. */
@Entity({ tableName: 'credit_plus_score' })
@Index({ properties: ['enterprise', 'chain', 'current'] })
@Index({
  name: 'credit_plus_score_one_current',
  expression: 'create unique index "credit_plus_score_one_current" on "credit_plus_score" ("enterprise_id", "chain") where "current"',
})
@ObjectType({ implements: Node, description: 'A chain’s credit+ score: the base score moved by the chain’s rules (信用+评分).' })
export class CreditPlusScore extends BaseEntity<'baseChain'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => ChainCode, { description: 'The chain.' })
  @Property({ type: 'string', length: 40 })
  chain!: string;

  @Field(() => Int, { description: 'Score from 0 to 1000.' })
  @Property({ type: 'integer' })
  score!: number;

  @Field(() => CreditGrade, { description: 'Grade under the configured cuts.' })
  @Enum({ items: () => CreditGrade })
  grade!: CreditGrade;

  @Field(() => Int, { description: 'The public score it started from.' })
  @Property({ type: 'integer' })
  publicScore!: number;

  @Field(() => Int, {
    description:
      'The score the chain’s rules moved: the enterprise’s score from the nearest earlier plugin in the declared order, else its public score.',
  })
  @Property({ type: 'integer' })
  baseScore!: number;

  @Field(() => ChainCode, { nullable: true, description: 'The chain whose credit+ score was the base; null when it was the public score.' })
  @Property({ type: 'string', length: 40, nullable: true })
  baseChain: string | null = null;

  @Field(() => Int, { description: 'Version of the chain’s rule set that produced it; 0 for the plugin’s defaults.' })
  @Property({ type: 'integer' })
  ruleSetVersion!: number;

  @Field(() => Date, { description: 'When it was computed.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  computedAt!: Date;

  @Property({ type: 'json' })
  explanation: ExplanationLine[] = [];

  @Property({ type: 'boolean' })
  current: boolean = true;
}
