import { runReportCli, USAGE } from './report-cli';

/** `npm run report`: the data teams' reports from any deployment, through its public API. */
runReportCli(process.argv.slice(2), { fetch, write: (text) => process.stdout.write(text), env: process.env }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (!(error instanceof Error)) process.stderr.write(`${USAGE}\n`);
  process.exit(1);
});
