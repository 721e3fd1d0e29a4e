import { parseArgs } from 'node:util';
import { runCli, withServices } from './with-services';

/** `npm run migrate` applies pending migrations; `npm run migrate -- --down` reverts the last one. */
runCli(async () => {
  const { values } = parseArgs({ options: { down: { type: 'boolean', default: false } } });
  await withServices(async ({ orm }) => {
    const migrator = orm.getMigrator();
    const changed = values.down ? await migrator.down() : await migrator.up();
    const verb = values.down ? 'reverted' : 'applied';
    if (changed.length === 0) process.stdout.write(values.down ? 'Nothing to revert.\n' : 'The database is up to date.\n');
    for (const migration of changed) process.stdout.write(`${verb} ${migration.name}\n`);
  });
});
