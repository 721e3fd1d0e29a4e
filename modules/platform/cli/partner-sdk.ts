import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';

export interface SdkOptions {
  /** The graph's endpoint, e.g. https://graph.example.gov.cn/graphql. */
  url: string;
  /** Credentials, where the server wants them for introspection. */
  token?: string;
  apiKey?: string;
  /** The folder to write into. */
  out: string;
  /** The partner's own operations (a glob of .graphql files), typed with their variables and results. */
  documents?: string;
}

/** Scalars as a TypeScript client receives them. */
const SCALARS = { DateTime: 'string', LocalDate: 'string', Decimal: 'string', JSONObject: 'Record<string, unknown>', JSON: 'unknown' };

/**
 * A typed client for a partner, from the live server: its schema by introspection (signed in when asked), the
 * TypeScript types of the schema, and typed document nodes of the partner's operations when given. Returns the
 * files written.
 */
export async function generatePartnerSdk(options: SdkOptions): Promise<string[]> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  const response = await fetch(options.url, { method: 'POST', headers, body: JSON.stringify({ query: getIntrospectionQuery() }) });
  const body = (await response.json().catch(() => ({}))) as { data?: IntrospectionQuery; errors?: Array<{ message: string }> };
  if (!body.data) {
    throw new Error(
      `The server at ${options.url} did not answer the introspection query (HTTP ${response.status}): ${body.errors?.[0]?.message ?? 'no GraphQL answer'}`,
    );
  }
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const schemaFile = join(out, 'schema.graphql');
  writeFileSync(schemaFile, printSchema(buildClientSchema(body.data)) + '\n');
  const typesFile = join(out, 'graphql.ts');
  // graphql-codegen runs as its own process: its command line is the interface it keeps stable.
  const config = join(out, '.codegen.json');
  writeFileSync(
    config,
    JSON.stringify({
      schema: schemaFile,
      documents: options.documents,
      generates: {
        [typesFile]: {
          plugins: options.documents ? ['typescript', 'typescript-operations', 'typed-document-node'] : ['typescript'],
          config: { enumsAsTypes: true, useTypeImports: true, strictScalars: true, scalars: SCALARS },
        },
      },
    }),
  );
  try {
    const codegen = join(dirname(require.resolve('@graphql-codegen/cli/package.json')), 'cjs/bin.js');
    await promisify(execFile)(process.execPath, [codegen, '--config', config, '--silent']);
  } finally {
    rmSync(config, { force: true });
  }
  return [schemaFile, typesFile];
}
