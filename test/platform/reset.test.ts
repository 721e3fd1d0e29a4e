import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetEmbeddedDatabase, ResetRefused, type ResetIo } from '../../modules/platform/cli/reset-database';

/** `npm run reset`: drops the embedded database so that the next `npm start` seeds afresh, and nothing else. */
describe('npm run reset', () => {
  let folder: string;
  let dataFolder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'esg-reset-'));
    dataFolder = join(folder, 'postgres');
    mkdirSync(dataFolder);
    writeFileSync(join(dataFolder, 'PG_VERSION'), '17\n');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function io(env: Record<string, string>, answer: string | null = null): ResetIo & { said: string[]; asked: string[] } {
    const said: string[] = [];
    const asked: string[] = [];
    return {
      env: { NODE_ENV: 'development', EMBEDDED_PG_DIR: dataFolder, ...env },
      say: (line) => said.push(line),
      ask: async (question) => {
        asked.push(question);
        return answer;
      },
      said,
      asked,
    };
  }

  it('asks before it deletes, and keeps the database unless the answer is yes', async () => {
    const declined = io({}, 'no');
    expect(await resetEmbeddedDatabase([], declined)).toBe('kept');
    expect(declined.asked).toEqual([`This deletes the embedded database in ${dataFolder} and all its data. Type "yes" to go on: `]);
    expect(existsSync(dataFolder)).toBe(true);

    const confirmed = io({}, 'yes');
    expect(await resetEmbeddedDatabase([], confirmed)).toBe('deleted');
    expect(existsSync(dataFolder)).toBe(false);
    expect(confirmed.said).toEqual([`Deleted the embedded database in ${dataFolder}. The next npm start creates it afresh with demo data.`]);
  });

  it('deletes without asking with --yes, and says so when there is nothing to delete', async () => {
    const unattended = io({});
    expect(await resetEmbeddedDatabase(['--yes'], unattended)).toBe('deleted');
    expect(unattended.asked).toEqual([]);
    expect(existsSync(dataFolder)).toBe(false);
    const again = io({});
    expect(await resetEmbeddedDatabase(['--yes'], again)).toBe('nothing');
    expect(again.said[0]).toMatch(/^Nothing to reset: there is no embedded database in /);
  });

  it('refuses without a terminal to confirm on, in production, with DATABASE_URL, on a running server and on a folder that is not a database', async () => {
    const refusal = async (argv: string[], env: Record<string, string>) => {
      const error = await resetEmbeddedDatabase(argv, io(env)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ResetRefused);
      return (error as Error).message;
    };
    expect(await refusal([], {})).toBe('Refused: no terminal to confirm on. Run npm run reset -- --yes to delete without asking.');
    expect(await refusal(['--yes'], { NODE_ENV: 'production' })).toBe('Refused: npm run reset is a development command, and NODE_ENV is production.');
    expect(await refusal(['--yes'], { DATABASE_URL: 'postgres://esg:secret@db.example:5432/esg' })).toBe(
      'Refused: npm run reset deletes only the embedded database, and DATABASE_URL is set (postgres://esg:***@db.example:5432/esg). ' +
        'Drop and re-create that database yourself, or unset DATABASE_URL.',
    );
    // A live process holds the folder's lock file, as PostgreSQL does while it runs.
    writeFileSync(join(dataFolder, 'postmaster.pid'), `${process.pid}\n${dataFolder}\n`);
    expect(await refusal(['--yes'], {})).toMatch(
      new RegExp(`^Refused: a server still uses the embedded database in .+ \\(PostgreSQL process ${process.pid}\\)`),
    );
    rmSync(join(dataFolder, 'postmaster.pid'));

    const someoneElses = join(folder, 'documents');
    mkdirSync(someoneElses);
    writeFileSync(join(someoneElses, 'letter.txt'), 'keep me');
    expect(await refusal(['--yes'], { EMBEDDED_PG_DIR: someoneElses })).toBe(
      `Refused: ${someoneElses} (EMBEDDED_PG_DIR) is not a PostgreSQL data folder; nothing was deleted.`,
    );
    expect(existsSync(join(someoneElses, 'letter.txt'))).toBe(true);
    expect(existsSync(dataFolder)).toBe(true);
  });
});
