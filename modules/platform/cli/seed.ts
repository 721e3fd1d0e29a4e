import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { migrateAndLoadReferenceData } from '../server/start';
import { runSeeds } from '../database/seed';
import { runCli, withServices } from './with-services';

/** `npm run seed -- --enterprises N [--seed S]`: deterministic demo data of any size. */
runCli(async () => {
  const { values } = parseArgs({ options: { enterprises: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } } });
  const enterprises = Number(values.enterprises);
  const seed = Number(values.seed);
  if (!Number.isInteger(enterprises) || enterprises < 0) throw new Error('--enterprises must be a non-negative integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  await withServices(async (services) => {
    await migrateAndLoadReferenceData(services);
    const bar = new SingleBar({ format: 'seeding |{bar}| {value}/{total} enterprises | {eta_formatted} left' }, Presets.shades_classic);
    bar.start(enterprises, 0);
    const notices: string[] = [];
    await runSeeds(services, { enterprises, seed, onProgress: (done) => bar.update(done), notices });
    bar.stop();
    process.stdout.write(`Seeded ${enterprises} demo enterprises with seed ${seed}; existing codes were left as they were.\n`);
    if (notices.length > 0) process.stdout.write(`${notices.join('\n')}\n`);
  });
});
