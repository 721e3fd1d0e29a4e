import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { migrateAndLoadReferenceData } from '../server/start';
import { runSeeds } from '../database/seed';
import { DemoTimeline } from '../database/demo-timeline';
import { runCli, withServices } from './with-services';

/**
 * `npm run seed -- --enterprises N [--seed S] [--timings]`: deterministic demo data of any size. With --timings it
 * says how long each module's demo took and how many SQL statements it sent, to see where a seed spends its time.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      timings: { type: 'boolean', default: false },
    },
  });
  const enterprises = Number(values.enterprises);
  const seed = Number(values.seed);
  if (!Number.isInteger(enterprises) || enterprises < 0) throw new Error('--enterprises must be a non-negative integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  let statements = 0;
  const timings: Array<{ module: string; seconds: string; statements: number }> = [];
  await withServices(
    async (services) => {
      await migrateAndLoadReferenceData(services);
      const bar = new SingleBar({ format: 'seeding |{bar}| {value}/{total} enterprises | {eta_formatted} left' }, Presets.shades_classic);
      bar.start(enterprises, 0);
      const notices: string[] = [];
      let counted = statements;
      const timeline = DemoTimeline.at(services.clock.now());
      await runSeeds(
        services,
        { enterprises, seed, timeline, onProgress: (done) => bar.update(done), notices },
        undefined,
        (module, milliseconds) => {
          timings.push({ module, seconds: (milliseconds / 1000).toFixed(2), statements: statements - counted });
          counted = statements;
        },
      );
      bar.stop();
      process.stdout.write(
        `Seeded ${enterprises} demo enterprises with seed ${seed}, a story ending on ${timeline.today}; ` +
          'existing codes were left as they were.\n',
      );
      if (values.timings) {
        process.stdout.write(`${'module'.padEnd(22)}${'seconds'.padStart(9)}${'statements'.padStart(12)}\n`);
        for (const row of timings) process.stdout.write(`${row.module.padEnd(22)}${row.seconds.padStart(9)}${String(row.statements).padStart(12)}\n`);
      }
      if (notices.length > 0) process.stdout.write(`${notices.join('\n')}\n`);
    },
    {
      onQuery: () => {
        statements += 1;
      },
    },
  );
});
