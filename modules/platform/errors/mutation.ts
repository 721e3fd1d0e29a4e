import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { UserError, UserErrorsException } from './user-error';

@ObjectType({ description: 'Never emitted: payloads inherit its userErrors field.' })
export abstract class MutationPayload {
  @Field(() => [UserError], { description: 'Business errors; when not empty, nothing was written.' })
  userErrors: UserError[] = [];
}

/**
 * Runs a mutation's work in one transaction. A UserErrorsException rolls everything back and becomes the
 * payload's userErrors; any other error rolls back and propagates as a top-level error.
 */
export async function runMutation<P extends MutationPayload>(
  context: GraphQLContext,
  Payload: new () => P,
  work: (em: EntityManager) => Promise<Partial<P>>,
): Promise<P> {
  try {
    const result = await context.em.transactional((em) => work(em as EntityManager));
    return Object.assign(new Payload(), result, { userErrors: [] });
  } catch (error) {
    if (error instanceof UserErrorsException) return Object.assign(new Payload(), { userErrors: error.userErrors });
    throw error;
  }
}
