import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli, withServices } from './with-services';

const MIGRATIONS = resolve('migrations');

/** Rewrites migrations/index.ts from the migration files, in name (time) order. */
function writeMigrationIndex(): void {
  const names = readdirSync(MIGRATIONS)
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  const imports = names.map((name) => `import { ${name} } from './${name}';`).join('\n');
  const entries = names.map((name) => `  { name: '${name}', class: ${name} },`).join('\n');
  writeFileSync(
    resolve(MIGRATIONS, 'index.ts'),
    `import type { MigrationObject } from '@mikro-orm/core';\n${imports}\n\n` +
      `/** The one linear migration history, in order. \`npm run migration:create\` appends to it. */\n` +
      `export const migrationsList: MigrationObject[] = [\n${entries}\n];\n`,
  );
}

/** `npm run migration:create`: diffs the entities of every module against the database and writes a migration. */
runCli(async () => {
  await withServices(
    async ({ orm }) => {
      const migrator = orm.getMigrator();
      await migrator.up();
      const result = await migrator.createMigration(MIGRATIONS);
      if (!result.fileName) {
        process.stdout.write('No changes: the entities match the database.\n');
        return;
      }
      writeMigrationIndex();
      process.stdout.write(`created migrations/${result.fileName}\n`);
    },
    { env: { ...process.env, DISABLED_MODULES: '' } },
  );
});
