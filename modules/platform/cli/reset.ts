import { createInterface } from 'node:readline/promises';
import { resetEmbeddedDatabase } from './reset-database';
import { runCli } from './with-services';

/** `npm run reset [-- --yes]`: see reset-database.ts. */
runCli(async () => {
  await resetEmbeddedDatabase(process.argv.slice(2), {
    env: process.env,
    say: (line) => process.stdout.write(`${line}\n`),
    ask: async (question) => {
      if (!process.stdin.isTTY) return null;
      const terminal = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await terminal.question(question);
      } finally {
        terminal.close();
      }
    },
  });
});
