import { Arg, Ctx, Extensions, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { sqlRead } from '../reads/sql-read';
import type { GraphQLContext } from '../context';
import { BadUserInputError } from '../errors/top-level-errors';
import { Node } from './node.interface';
import { NodeService } from './node.service';

@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID, { description: 'Globally unique opaque identifier; do not parse it.' })
  id(@Root() root: object, @Ctx() context: GraphQLContext): string {
    return new NodeService(context).globalIdOf(root);
  }

  @Extensions(sqlRead({ kind: 'node' }))
  @Query(() => Node, { nullable: true, description: 'Refetches any object by its global id; null when it does not exist.' })
  async node(@Arg('id', () => ID, { description: 'Global id of the object.' }) id: string, @Ctx() context: GraphQLContext): Promise<Node | null> {
    const [found] = await new NodeService(context).load([id]);
    return found as Node | null;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Refetches several objects by global id, in the order given; null where one does not exist.',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Global ids of the objects (at most 100).' }) ids: string[],
    @Ctx() context: GraphQLContext,
  ): Promise<Array<Node | null>> {
    if (ids.length > context.platform.config.MAX_PAGE_SIZE) {
      throw new BadUserInputError(`At most ${context.platform.config.MAX_PAGE_SIZE} ids can be fetched at once.`, ['ids']);
    }
    return (await new NodeService(context).load(ids)) as Array<Node | null>;
  }
}
