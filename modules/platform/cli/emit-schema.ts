import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { modules } from '../../index';
import { buildGraphQLSchema, printSortedSchema } from '../schema';
import { runCli } from './with-services';
import { apolloClientPolicies } from './client-policies';

/** Writes the schema of every registered module to schema/schema.graphql (the committed contract). */
runCli(async () => {
  const target = resolve(process.argv[2] ?? 'schema/schema.graphql');
  mkdirSync(dirname(target), { recursive: true });
  const schema = await buildGraphQLSchema(modules);
  writeFileSync(target, printSortedSchema(schema));
  process.stdout.write(`wrote ${target}\n`);
  // Beside the schema, the cache configuration partners give Apollo Client.
  const policies = resolve(dirname(target), 'generated/apollo-client-policies.ts');
  mkdirSync(dirname(policies), { recursive: true });
  writeFileSync(policies, apolloClientPolicies(schema));
  process.stdout.write(`wrote ${policies}\n`);
});
