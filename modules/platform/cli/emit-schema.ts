import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { modules } from '../../index';
import { buildGraphQLSchema, printSortedSchema } from '../schema';
import { runCli } from './with-services';

/** Writes the schema of every registered module to schema/schema.graphql (the committed contract). */
runCli(async () => {
  const target = resolve(process.argv[2] ?? 'schema/schema.graphql');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, printSortedSchema(await buildGraphQLSchema(modules)));
  process.stdout.write(`wrote ${target}\n`);
});
