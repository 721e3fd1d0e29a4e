import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, ClassType, Ctx, Extensions, FieldResolver, Mutation, Resolver, Root, type ResolverData } from 'type-graphql';
import type { AccessRule } from '../platform/auth/auth-checker';
import { sqlRead } from '../platform/reads/sql-read';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { runMutation } from '../platform/errors/mutation';
import { UserErrorCollector } from '../platform/errors/user-error';
import type { Principal } from '../platform/auth/principal';
import { uniqueAsUserError, userError, UserErrorCode, UserErrorsException } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { requestLoader } from '../platform/relay/request-loader';
import { Enterprise } from './enterprise.entity';
import { ENTERPRISE_READERS } from './enterprise.access';
import { enterpriseRecordPayload } from './enterprise-record.inputs';
import { assertRecordReadable } from './enterprise-record.access';

export interface EnterpriseRecordOptions<T extends object, I extends { enterpriseId: string }> {
  /** Refuses callers who may not record this kind (throws ForbiddenError); writers must also be among `writerRoles`. */
  assertWriter: (principal: Principal, input: I) => void;
  writerRoles: Role[];
  /** Who may read the list; every reader of enterprises unless narrowed (an ENTERPRISE always only its own). */
  readerRoles?: Role[];
  /** Runs in the same transaction after the record is written, e.g. to recompute what depends on it. */
  afterWrite?: (record: T, enterprise: Enterprise, context: GraphQLContext, em: EntityManager) => Promise<void>;
  entity: EntityClass<T> & ClassType<T>;
  /** Field added to Enterprise, e.g. camelliaForestPlots. */
  listField: string;
  listDescription: string;
  orderBy: Record<string, 'ASC' | 'DESC'>;
  /** Mutation that records one, e.g. camelliaForestPlotRegister. */
  mutation: string;
  mutationDescription: string;
  /** Marks the mutation deprecated (never removed silently), saying what replaces it. */
  mutationDeprecationReason?: string;
  input: ClassType<I>;
  /** Name of the payload's field holding the record, e.g. plot. */
  payloadField: string;
  /**
   * The input field a unique index of the record guards (a year per enterprise, a licence number), with the message
   * of TAKEN: two simultaneous writes of one value end with one record and one TAKEN, never an internal error.
   */
  taken?: { field: string; message: string };
  /** Checks the input into `errors` and returns the record to persist; nothing is written while errors exist. */
  build: (input: I, enterprise: Enterprise, errors: UserErrorCollector, context: GraphQLContext, em: EntityManager) => Promise<T> | T;
}

const REFUSED_READERS = ' Null, with an error on this field only, when the caller may not read it.';

/** The rows of `entity` that belong to each parent, one query for all parents of a page. */
export function recordsOf<T extends object>(
  context: GraphQLContext,
  entity: EntityClass<T>,
  parentProperty: string,
  parentId: string,
  orderBy: Record<string, 'ASC' | 'DESC'>,
): Promise<T[]> {
  const loader = requestLoader<T[]>(context, `${entity.name}.${parentProperty}`, async (ids) => {
    // The primary key breaks ties, so the order is the same on every read (and on the compiled read path).
    const rows = await context.em.find(entity, { [parentProperty]: { $in: [...ids] } } as never, { orderBy: [orderBy, { id: 'ASC' }] as never });
    const parentOf = (row: T) => (row as Record<string, { id: string }>)[parentProperty].id;
    return ids.map((id) => rows.filter((row) => parentOf(row) === id));
  });
  return loader.load(parentId).then((rows) => rows ?? []);
}

async function enterpriseOf(em: EntityManager, enterpriseId: string): Promise<Enterprise> {
  const id = uuidFromGlobalId(enterpriseId, 'Enterprise');
  const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
  if (!enterprise) throw new UserErrorsException([userError(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.')]);
  return enterprise;
}

/**
 * The resolvers of a record that belongs to an enterprise (a chain's data, a credit record): the list on
 * Enterprise (batched for a page of enterprises, readable like the enterprise itself) and the mutation that
 * records one, for the writers the options name.
 */
export function enterpriseRecordResolvers<T extends object, I extends { enterpriseId: string }>(options: EnterpriseRecordOptions<T, I>): Function[] {
  const RecordPayload = enterpriseRecordPayload(options);
  type RecordPayload = InstanceType<typeof RecordPayload>;

  // type-graphql binds a field resolver to its method by name: every generated class needs names of its own.
  const listMethod = options.listField;
  const recordMethod = options.mutation;

  // Who may write is part of the declared rule (the department of an officer, the chain of a desk), so it is decided
  // before anything looks at the input, as every other refusal is.
  const writerRules: AccessRule[] = options.writerRoles.map((role) => ({
    role,
    scope: (principal: Principal, data: ResolverData<GraphQLContext>) => {
      options.assertWriter(principal, data.args.input as I);
      return true;
    },
  }));

  @Resolver(() => Enterprise)
  class EnterpriseRecordResolver {
    @Authorized(...(options.readerRoles ?? ENTERPRISE_READERS))
    @Extensions(
      sqlRead({
        kind: 'related',
        entity: options.entity,
        parentProperty: 'enterprise',
        single: false,
        orderBy: [...Object.entries(options.orderBy), ['id', 'ASC']],
        // An ENTERPRISE reading another's records is refused by the resolver.
        admits: (context) => context.principal.role !== Role.ENTERPRISE,
      }),
    )
    @FieldResolver(() => [options.entity], {
      name: options.listField,
      // Readers narrower than the enterprise's may be refused the list: it is then null, with an error on it alone.
      nullable: options.readerRoles !== undefined,
      description: options.readerRoles ? `${options.listDescription}${REFUSED_READERS}` : options.listDescription,
    })
    async [listMethod](@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext): Promise<T[]> {
      assertRecordReadable(context, enterprise);
      return recordsOf(context, options.entity, 'enterprise', enterprise.id, options.orderBy);
    }

    @Authorized(...writerRules)
    @Mutation(() => RecordPayload, {
      name: options.mutation,
      description: options.mutationDescription,
      ...(options.mutationDeprecationReason ? { deprecationReason: options.mutationDeprecationReason } : {}),
    })
    [recordMethod](@Arg('input', () => options.input) input: I, @Ctx() context: GraphQLContext): Promise<RecordPayload> {
      return runMutation(context, RecordPayload, async (em) => {
        const enterprise = await enterpriseOf(em, input.enterpriseId);
        const errors = new UserErrorCollector();
        const record = await options.build(input, enterprise, errors, context, em);
        errors.throwIfAny();
        em.persist(record);
        if (options.taken) await uniqueAsUserError(() => em.flush(), ['input', options.taken.field], UserErrorCode.TAKEN, options.taken.message);
        else await em.flush();
        await options.afterWrite?.(record, enterprise, context, em);
        return { record };
      });
    }
  }

  return [EnterpriseRecordResolver];
}
