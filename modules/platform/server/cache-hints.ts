import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { Role } from '../auth/principal';
import type { GraphQLContext } from '../context';

/** The field extension of a root query whose answer is the same for every anonymous caller (public catalogues, calendars). */
export const CACHE_HINT_EXTENSION = 'cacheHint';

/** How long a public answer may be kept by browsers and shared caches: `@Extensions(publicFor(300))`. */
export function publicFor(maxAgeSeconds: number): Record<string, unknown> {
  return { [CACHE_HINT_EXTENSION]: { maxAge: maxAgeSeconds } };
}

/** The shortest lifetime of the root fields asked for, or null when one of them has none (or cannot be told). */
function maxAgeOf(schema: GraphQLSchema, selectionSet: SelectionSetNode): number | null {
  const fields = schema.getQueryType()!.getFields();
  let maxAge = Infinity;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || (selection.directives?.length ?? 0) > 0) return null;
    if (selection.name.value === '__typename') continue;
    const hint = fields[selection.name.value]?.extensions?.[CACHE_HINT_EXTENSION] as { maxAge: number } | undefined;
    if (!hint) return null;
    maxAge = Math.min(maxAge, hint.maxAge);
  }
  return Number.isFinite(maxAge) ? maxAge : null;
}

/**
 * Public answers cacheable where HTTP can cache them. A query by GET (plain or persisted) from an anonymous caller,
 * answered without errors, whose every root field is a public catalogue or calendar, may be kept for the shortest
 * of their lifetimes; every other answer stays `no-store`, since what it holds depends on who asks.
 */
export function cacheHintsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation, schema, contextValue }) {
          if (request.http?.method !== 'GET' || !operation || operation.operation !== 'query') return;
          if (contextValue.principal?.role !== Role.ANONYMOUS) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const maxAge = maxAgeOf(schema, operation.selectionSet);
          if (maxAge === null) return;
          response.http.headers.set('cache-control', `public, max-age=${maxAge}`);
          response.http.headers.set('vary', 'authorization, x-api-key');
        },
      };
    },
  };
}
