import type http from 'node:http';
import type { Config } from '../config';
import { StartupError } from './startup-error';

/** Why the HTTP port could not be had, in words that name the setting to change. */
function listenProblem(error: NodeJS.ErrnoException, config: Config): string {
  const where = `port ${config.PORT} on ${config.HOST}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return (
        `The server cannot listen on ${where} (PORT): another program, perhaps another copy of this server, already listens there. ` +
        `Stop it, or start on another port, e.g. PORT=${config.PORT === 0 ? 4001 : config.PORT + 1} npm start.`
      );
    case 'EACCES':
      return `The server may not listen on ${where} (PORT): ports below 1024 need privileges. Start on a port above 1024, e.g. PORT=4000 npm start.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `The server cannot listen on ${config.HOST} (HOST): it is not an address of this machine. Set HOST to one of its addresses, e.g. HOST=127.0.0.1.`;
    default:
      return `The server cannot listen on ${where} (PORT, HOST): ${error.message}.`;
  }
}

/** Listens on the configured port, turning a refusal into a StartupError instead of an unhandled 'error' event. */
export function listen(server: http.Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) => reject(new StartupError(listenProblem(error, config)));
    server.once('error', refused);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', refused);
      resolve();
    });
  });
}
