import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, ClassType, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { MutationPayload, runMutation } from '../platform/errors/mutation';
import { UserErrorCollector } from '../platform/errors/user-error';
import { Enterprise } from '../enterprise/enterprise.entity';
import { CHAIN_DATA_READERS, assertChainRecordReadable, enterpriseForChainRecord, recordsOf } from './chain-data';

export interface EnterpriseRecordOptions<T extends object, I extends { enterpriseId: string }> {
  chain: string;
  entity: EntityClass<T> & ClassType<T>;
  /** Field added to Enterprise, e.g. camelliaForestPlots. */
  listField: string;
  listDescription: string;
  orderBy: Record<string, 'ASC' | 'DESC'>;
  /** Mutation that records one, e.g. camelliaForestPlotRegister. */
  mutation: string;
  mutationDescription: string;
  input: ClassType<I>;
  /** Name of the payload's field holding the record, e.g. plot. */
  payloadField: string;
  /** Checks the input into `errors` and returns the record to persist; nothing is written while errors exist. */
  build: (input: I, enterprise: Enterprise, errors: UserErrorCollector, context: GraphQLContext, em: EntityManager) => Promise<T> | T;
}

/**
 * The resolvers of a chain's record that belongs to an enterprise: the list on Enterprise (batched for a page
 * of enterprises, readable like the enterprise itself) and the desk's mutation that records one.
 */
export function enterpriseRecordResolvers<T extends object, I extends { enterpriseId: string }>(options: EnterpriseRecordOptions<T, I>): Function[] {
  const typeName = options.entity.name;

  @ObjectType(`${options.mutation[0].toUpperCase()}${options.mutation.slice(1)}Payload`, { description: `Result of ${options.mutation}.` })
  class RecordPayload extends MutationPayload {
    @Field(() => options.entity, { name: options.payloadField, nullable: true, description: `The recorded ${typeName}.` })
    record: T | null = null;
  }

  // type-graphql binds a field resolver to its method by name: every generated class needs names of its own.
  const listMethod = options.listField;
  const recordMethod = options.mutation;

  @Resolver(() => Enterprise)
  class EnterpriseRecordResolver {
    @Authorized(...CHAIN_DATA_READERS)
    @FieldResolver(() => [options.entity], { name: options.listField, description: options.listDescription })
    async [listMethod](@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext): Promise<T[]> {
      assertChainRecordReadable(context, enterprise);
      return recordsOf(context, options.entity, 'enterprise', enterprise.id, options.orderBy);
    }

    @Authorized(Role.ADMIN, Role.DESK)
    @Mutation(() => RecordPayload, { name: options.mutation, description: options.mutationDescription })
    [recordMethod](@Arg('input', () => options.input) input: I, @Ctx() context: GraphQLContext): Promise<RecordPayload> {
      return runMutation(context, RecordPayload, async (em) => {
        const enterprise = await enterpriseForChainRecord(em, context.principal, options.chain, input.enterpriseId);
        const errors = new UserErrorCollector();
        const record = await options.build(input, enterprise, errors, context, em);
        errors.throwIfAny();
        em.persist(record);
        await em.flush();
        return { record };
      });
    }
  }

  return [EnterpriseRecordResolver];
}
