import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { DrawState } from './inspection.enums';
import { InspectionPlan } from './inspection-plan.entity';
import type { DrawOutcome, DrawRatioRule, PoolSnapshot } from './draw-algorithm';

/**
 * One draw of a plan (摇号): the seed, the pools as they stood and the algorithm's version, so that anyone allowed can
 * replay it and get the same targets and inspectors. A redraw is a new draw with its reason; the earlier one stays,
 * superseded.
 */
@Entity({ tableName: 'inspection_draw' })
@Unique({ properties: ['plan', 'sequence'] })
@ObjectType({ implements: Node, description: 'A draw of targets and inspectors for a plan, replayable (抽取记录).' })
export class InspectionDraw extends BaseEntity<'reason' | 'state'> {
  @ManyToOne(() => InspectionPlan, { ref: true })
  plan!: Ref<InspectionPlan>;

  @Field(() => Int, { description: '1 for the first draw of the plan, then one more per redraw.' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => String, { description: 'The seed of the pseudo-random generator (xoroshiro128+), as drawn.' })
  @Property({ type: 'string', length: 40 })
  seed!: string;

  @Field(() => String, { description: 'The version of the drawing algorithm; a replay runs the same one.' })
  @Property({ type: 'string', length: 60 })
  algorithmVersion!: string;

  @Property({ type: 'json' })
  pool!: PoolSnapshot;

  @Property({ type: 'json' })
  ratioRule!: DrawRatioRule;

  /** What the draw gave, kept with it so that a replay compares against it even after a redraw. */
  @Property({ type: 'json' })
  outcome!: DrawOutcome;

  @Field(() => String, { nullable: true, description: 'Why the plan was drawn again; null for the first draw.' })
  @Property({ type: 'string', length: 300, nullable: true })
  reason: string | null = null;

  @Field(() => DrawState, { description: 'ACTIVE, or SUPERSEDED by a redraw.' })
  @Enum({ items: () => DrawState })
  state: DrawState = DrawState.ACTIVE;

  @Field(() => String, { description: 'Who drew it (subject).' })
  @Property({ type: 'string', length: 200 })
  drawnBy!: string;
}
