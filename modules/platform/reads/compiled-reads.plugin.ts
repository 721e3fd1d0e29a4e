import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getVariableValues, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import type { GraphQLContext, PlatformServices } from '../context';
import { ReadPlanCompiler, type ObjectPlan } from './read-plan';
import { ReadStatement } from './read-statement';

interface CompiledDocument {
  fragments: Record<string, FragmentDefinitionNode>;
  /** Plans by operation name; null where the resolvers answer. */
  plans: Map<string, ObjectPlan | null>;
}

/** Statements one database connection keeps prepared; past that, further shapes are planned per execution. */
const PREPARED_PER_CONNECTION = 200;

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Array<{ data: unknown[] }> }>;
}

/**
 * The compiled read path. A query whose every field has an SQL reading (plain properties of an entity, or a
 * declaration beside the field's resolver, see sql-read.ts) is answered by one SQL statement that returns the
 * whole answer as JSON: no resolver runs, no entity is hydrated. The plan is compiled once per document; the
 * statement is prepared once per connection. Anything else, and any request the plan does not answer for
 * (a caller its rules leave to the resolvers, an argument it refuses, an error), goes through the resolvers
 * unchanged: they remain the reference, and the answer is the same either way.
 */
export function compiledReadsPlugin(services: PlatformServices): ApolloServerPlugin<GraphQLContext> {
  const documents = new WeakMap<DocumentNode, CompiledDocument>();
  const prepared = new WeakMap<object, Set<string>>();
  const statementNames = new Map<string, string>();
  const nameOf = (text: string): string => {
    let name = statementNames.get(text);
    if (!name) {
      name = `read_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`;
      if (statementNames.size >= PREPARED_PER_CONNECTION * 10) statementNames.clear();
      statementNames.set(text, name);
    }
    return name;
  };
  let compiler: ReadPlanCompiler | null = null;
  const onQuery = services.orm.config.get('onQuery') as ((sql: string, params: unknown[]) => string) | undefined;

  const planOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null,
  ): { plan: ObjectPlan | null; compiled: CompiledDocument } => {
    compiler ??= new ReadPlanCompiler(schema, services.orm.getMetadata(), services.nodeTypes);
    let compiled = documents.get(document);
    if (!compiled) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      compiled = { fragments, plans: new Map() };
      documents.set(document, compiled);
    }
    const key = operationName ?? '';
    if (!compiled.plans.has(key)) {
      const operation = document.definitions.find(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION && (operationName === null || definition.name?.value === operationName),
      );
      compiled.plans.set(key, operation?.kind === Kind.OPERATION_DEFINITION ? compiler.compileOperation(operation, compiled.fragments) : null);
    }
    return { plan: compiled.plans.get(key)!, compiled };
  };

  const run = async (em: EntityManager, text: string, values: unknown[]): Promise<unknown[]> => {
    onQuery?.(text, values);
    const knex = em.getConnection().getKnex();
    const client = (await knex.client.acquireConnection()) as PgClient;
    try {
      let names = prepared.get(client);
      if (!names) prepared.set(client, (names = new Set()));
      const name = nameOf(text);
      const reuse = names.has(name) || names.size < PREPARED_PER_CONNECTION;
      if (reuse) names.add(name);
      const result = await client.query(reuse ? { name, text, values } : { text, values });
      return result.rows[0].data;
    } finally {
      await knex.client.releaseConnection(client);
    }
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext) {
          const { operation, document, schema, contextValue, request } = requestContext;
          // Apollo's types promise an operation here, but a document whose operationName names none arrives without.
          if (operation?.operation !== 'query') return null;
          const { plan, compiled } = planOf(schema, document, requestContext.operationName ?? null);
          if (!plan) return null;
          try {
            const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
            if (variables.errors) return null;
            const statement = new ReadStatement(contextValue, variables.coerced, compiler!, compiled.fragments);
            const text = statement.build(plan);
            const data = statement.shape(plan, await run(services.orm.em as EntityManager, text, statement.values));
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          } catch (error) {
            // The resolvers answer, with the errors they give; nothing was written.
            contextValue.logger.debug?.({ err: error }, 'compiled read left to the resolvers');
            return null;
          }
        },
      };
    },
  };
}
