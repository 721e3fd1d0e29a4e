import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../context';
import { Role } from '../auth/principal';
import { ErrorCode } from '../errors/top-level-errors';

export type IntrospectionPolicy = 'public' | 'signed-in' | 'off';

function asksForSchema(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__schema' || selection.name.value === '__type';
    if (selection.kind === Kind.INLINE_FRAGMENT) return asksForSchema(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = fragments.get(name);
    return fragment ? asksForSchema(fragment.selectionSet, fragments, seen) : false;
  });
}

/**
 * Who may read the schema through introspection (`__schema`, `__type`; `__typename` is always allowed): everyone,
 * signed-in callers only (production's default: partners and staff discover the graph, strangers do not), or nobody.
 */
export function introspectionPolicyPlugin(policy: IntrospectionPolicy): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      if (policy === 'public') return;
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fragments = new Map(
            document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [])),
          );
          if (!asksForSchema(operation.selectionSet, fragments, new Set())) return;
          if (policy === 'off') {
            throw new GraphQLError('Introspection is switched off on this server (INTROSPECTION=off).', {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          }
          if (contextValue.principal.role === Role.ANONYMOUS) {
            throw new GraphQLError('Introspection is for signed-in callers: send a Bearer token or an X-Api-Key header.', {
              extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
