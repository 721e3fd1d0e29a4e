/**
 * `npm run bench -- <scenario> [options]`:
 *   api      the read and write paths of the graph beside a hand-written node:http + pg server (bench/api)
 *   credit   a full credit-score recompute beside the same arithmetic as one SQL aggregate
 *   policies the policies module's batch match (免申即享) beside the same eligibility as one SQL query
 *   reports  casesReport over a million cases through the graph beside the same aggregates written in SQL
 *   profile  where a CPU profile written by `api --profile DIR` spends its time
 */
import 'reflect-metadata';
import { runApiBench } from './api/run';
import { runCreditBench } from './credit-recompute';
import { runPoliciesBench } from './policies';
import { runProfileSummary } from './profile-summary';
import { runReportsBench } from './reports';

const SCENARIOS: Record<string, (args: string[]) => Promise<void>> = {
  api: runApiBench,
  credit: runCreditBench,
  policies: runPoliciesBench,
  reports: runReportsBench,
  profile: runProfileSummary,
};

async function main(): Promise<void> {
  const [scenario = 'api', ...args] = process.argv.slice(2);
  const run = SCENARIOS[scenario];
  if (!run) throw new Error(`Unknown scenario "${scenario}"; choose one of: ${Object.keys(SCENARIOS).join(', ')}`);
  await run(args);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
