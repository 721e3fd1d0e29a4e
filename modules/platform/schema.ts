import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuthChecker } from './auth/auth-checker';
import type { MetadataStorage } from '@mikro-orm/core';
import { collect, type ModuleDescriptor, type ResolverList } from './module';
import { applyInputPolicy } from './validation/input-policy';
import { prepareReportSchema } from './reports/cube-schema';

/** The GraphQL schema of the enabled modules: a switched-off module leaves no type, field or enum value behind. */
export async function buildGraphQLSchema(modules: ModuleDescriptor[]): Promise<GraphQLSchema> {
  for (const module of modules) module.beforeSchema?.(modules);
  // The report fields' types, with the dimensions these modules contribute to each other's cubes.
  prepareReportSchema(modules);
  return buildSchema({
    resolvers: collect(modules, (module) => module.resolvers) as ResolverList,
    orphanedTypes: [
      ...collect(modules, (module) => module.orphanedTypes),
      ...collect(modules, (module) => module.nodeTypes?.map((nodeType) => nodeType.entity as Function)),
    ],
    authChecker: AuthChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: false,
    emitSchemaFile: false,
    // Every subscription declares its own `subscribe` over the platform's live events (events/live-events.ts);
    // type-graphql still asks for a topic-based PubSub, which nothing may use.
    pubSub: {
      publish: () => {
        throw new Error('Publish through LiveEvents: subscriptions here have no topics.');
      },
      subscribe: () => {
        throw new Error('A subscription declares its own subscribe over LiveEvents.');
      },
    },
  });
}

/** The schema that answers requests: the modules' schema with the input policy wrapped around every mutation. */
export async function buildServingSchema(modules: ModuleDescriptor[], entities: MetadataStorage, maxTextLength: number): Promise<GraphQLSchema> {
  const schema = await buildGraphQLSchema(modules);
  applyInputPolicy(
    schema,
    entities,
    maxTextLength,
    collect(modules, (module) => module.resolvers),
  );
  return schema;
}

/** The schema as committed in schema/schema.graphql: sorted, so that the file changes only when the schema does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
