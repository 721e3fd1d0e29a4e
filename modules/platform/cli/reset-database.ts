import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { runningPostmaster } from '../database/embedded-postgres';
import { displayUrl } from '../database/database-reachability';

export const RESET_USAGE = `Usage: npm run reset [-- --yes]
Deletes the embedded PostgreSQL database (EMBEDDED_PG_DIR) so that the next npm start creates it afresh with demo data.
Development only; asks for confirmation unless --yes is given.`;

export interface ResetIo {
  env: NodeJS.ProcessEnv;
  /** Asks the person a question and returns the answer, or null when nobody can answer (no terminal). */
  ask: (question: string) => Promise<string | null>;
  say: (line: string) => void;
}

export class ResetRefused extends Error {}

/**
 * `npm run reset`: drops the embedded database by deleting its data folder. It refuses in production, when the
 * database is a server of DATABASE_URL's, while a server still runs on the folder, and on a folder that is not a
 * PostgreSQL data folder (a mistyped EMBEDDED_PG_DIR must not delete someone's files).
 */
export async function resetEmbeddedDatabase(argv: string[], io: ResetIo): Promise<'deleted' | 'nothing' | 'kept'> {
  const { values } = parseArgs({
    args: argv,
    options: { yes: { type: 'boolean', short: 'y', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.say(RESET_USAGE);
    return 'kept';
  }
  // Before the configuration is read: production's own checks (a secret) must not hide this refusal.
  if (io.env.NODE_ENV === 'production') throw new ResetRefused('Refused: npm run reset is a development command, and NODE_ENV is production.');
  const config = loadConfig(io.env);
  if (config.DATABASE_URL) {
    throw new ResetRefused(
      `Refused: npm run reset deletes only the embedded database, and DATABASE_URL is set (${displayUrl(config.DATABASE_URL)}). ` +
        'Drop and re-create that database yourself, or unset DATABASE_URL.',
    );
  }
  const directory = resolve(config.EMBEDDED_PG_DIR);
  if (!existsSync(directory)) {
    io.say(`Nothing to reset: there is no embedded database in ${directory}. npm start creates one with demo data.`);
    return 'nothing';
  }
  if (!existsSync(resolve(directory, 'PG_VERSION')) && readdirSync(directory).length > 0) {
    throw new ResetRefused(`Refused: ${directory} (EMBEDDED_PG_DIR) is not a PostgreSQL data folder; nothing was deleted.`);
  }
  const pid = runningPostmaster(directory);
  if (pid) {
    throw new ResetRefused(
      `Refused: a server still uses the embedded database in ${directory} (PostgreSQL process ${pid}). Stop it (Ctrl-C where npm start runs), then run npm run reset again.`,
    );
  }
  if (!values.yes) {
    const answer = await io.ask(`This deletes the embedded database in ${directory} and all its data. Type "yes" to go on: `);
    if (answer === null) throw new ResetRefused('Refused: no terminal to confirm on. Run npm run reset -- --yes to delete without asking.');
    if (answer.trim().toLowerCase() !== 'yes') {
      io.say('Kept the embedded database; nothing was deleted.');
      return 'kept';
    }
  }
  rmSync(directory, { recursive: true, force: true });
  io.say(`Deleted the embedded database in ${directory}. The next npm start creates it afresh with demo data.`);
  return 'deleted';
}
