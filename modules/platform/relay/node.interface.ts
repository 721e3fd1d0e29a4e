import { Field, ID, InterfaceType } from 'type-graphql';
import type { GraphQLContext } from '../context';

@InterfaceType({
  // Implementations come from the enabled modules only (schema.ts lists them), so a switched-off module's types stay out.
  autoRegisterImplementations: false,
  description: 'An object with a globally unique, opaque id that `node(id:)` refetches (Relay).',
  resolveType: (value: object, context: GraphQLContext) => context.platform.nodeTypes.forObject(value)?.typeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique opaque identifier; do not parse it.' })
  id!: string;
}
