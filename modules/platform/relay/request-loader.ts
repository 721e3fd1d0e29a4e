import DataLoader from 'dataloader';
import type { GraphQLContext } from '../context';

const loadersByRequest = new WeakMap<GraphQLContext, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader that lives as long as one request, for relations the ORM's own batching does not cover (inverse
 * one-to-one, counts). `batch` receives every key asked for in one tick and returns values in key order.
 */
export function requestLoader<V>(
  context: GraphQLContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<Array<V | null>>,
): DataLoader<string, V | null> {
  let loaders = loadersByRequest.get(context);
  if (!loaders) loadersByRequest.set(context, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(batch);
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Batches "the one row of `entity` whose `foreignKey` is each key" into one query. */
export function byForeignKey<T extends object>(rows: T[], keys: readonly string[], keyOf: (row: T) => string): Array<T | null> {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}
