import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMOUS, Role } from '../../platform/auth/principal';
import { runCli, withServices } from '../../platform/cli/with-services';
import { migrateAndLoadReferenceData } from '../../platform/server/start';
import { CREDIT_RECORD_KINDS, type CreditRecordKindCode } from '../records/credit-record-kinds';
import { importCreditRecords, refusalOf } from './credit-import.service';
import { buildServingSchema } from '../../platform/schema';

/** `npm run credit:import -- --kind PENALTY --file penalties.csv`: the import with a progress bar and a line-by-line report. */
runCli(async () => {
  const { values } = parseArgs({ options: { kind: { type: 'string' }, file: { type: 'string' } } });
  const kinds = Object.keys(CREDIT_RECORD_KINDS);
  if (!values.kind || !kinds.includes(values.kind) || !values.file)
    throw new Error(`Usage: npm run credit:import -- --kind ${kinds.join('|')} --file records.csv`);
  const csv = readFileSync(values.file, 'utf8');
  await withServices(async (services) => {
    await migrateAndLoadReferenceData(services);
    const schema = await buildServingSchema(services.modules, services.orm.getMetadata(), services.config.MAX_TEXT_LENGTH);
    const bar = new SingleBar({ format: 'importing |{bar}| {value}/{total} rows' }, Presets.shades_classic);
    const result = await services.orm.em.fork().transactional(async (em) => {
      const context = {
        requestId: 'cli-import',
        principal: { ...ANONYMOUS, role: Role.ADMIN, subject: 'cli-import' },
        em: em as EntityManager,
        logger: services.logger,
        platform: services,
      };
      let started = false;
      return importCreditRecords(context, em as EntityManager, values.kind as CreditRecordKindCode, csv, schema, (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      });
    });
    bar.stop();
    process.stdout.write(`Imported ${result.imported} rows; rejected ${result.rejected.length}.\n`);
    for (const problem of result.rejected)
      process.stdout.write(`  line ${problem.line}: ${problem.field.join('.') || 'row'} ${problem.code} — ${problem.message}\n`);
    // As the mutation does, an import of which no row went in counts as refused.
    const refusal = refusalOf(result);
    if (refusal) {
      process.stderr.write(`${refusal.code}: ${refusal.message}\n`);
      process.exitCode = 1;
    }
  });
});
