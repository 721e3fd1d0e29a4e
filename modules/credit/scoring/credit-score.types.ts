import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import type { GraphQLContext } from '../../platform/context';
import { Node } from '../../platform/relay/node.interface';
import { NodeService } from '../../platform/relay/node.service';
import { toGlobalId } from '../../platform/relay/global-id';
import { requestLoader } from '../../platform/relay/request-loader';
import type { ExplanationLine } from './credit-score.entity';

@ObjectType({ description: 'One rule that moved a score, by how much, and the records that triggered it.' })
export class ScoreExplanationLine {
  constructor(readonly line: ExplanationLine) {}

  @Field(() => String, { description: 'Code of the rule, e.g. PENALTY_GENERAL.' })
  rule(): string {
    return this.line.rule;
  }

  @Field(() => String, { description: 'What the rule rewards or penalises.' })
  description(): string {
    return this.line.description;
  }

  @Field(() => Int, { description: 'Points the rule added (negative: took away), capped per rule.' })
  points(): number {
    return this.line.points;
  }

  @Field(() => [Node], { description: 'The records that triggered the rule.' })
  async evidence(@Ctx() context: GraphQLContext): Promise<Array<Node | null>> {
    // Every line of every score in the request loads its records in one batch per type.
    const loader = requestLoader<object>(context, 'creditEvidence', (ids) => new NodeService(context).load([...ids]));
    return (await loader.loadMany(this.line.evidence.map((item) => toGlobalId(item.type, item.id)))).map((node) =>
      node instanceof Error ? null : node,
    ) as Array<Node | null>;
  }
}
