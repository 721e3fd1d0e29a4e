import { requestDevToken } from './dev-token';
import { runCli } from './with-services';

/** `npm run token`: a development token from the development server on this machine. */
runCli(async () => {
  process.stdout.write(`${await requestDevToken(process.argv.slice(2), { fetch, env: process.env })}\n`);
});
