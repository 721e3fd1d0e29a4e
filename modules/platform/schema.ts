import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuthChecker } from './auth/auth-checker';
import { collect, type ModuleDescriptor, type ResolverList } from './module';

/** The GraphQL schema of the enabled modules: a switched-off module leaves no type, field or enum value behind. */
export async function buildGraphQLSchema(modules: ModuleDescriptor[]): Promise<GraphQLSchema> {
  for (const module of modules) module.beforeSchema?.(modules);
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
  });
}

/** The schema as committed in schema/schema.graphql: sorted, so that the file changes only when the schema does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
