import { ConnectionException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from './top-level-errors';

/** SQLSTATE classes and codes that mean the server is not there or going away, not that the statement is wrong. */
const UNAVAILABLE_SQLSTATES = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * What an error wraps: MikroORM's `previous`, the standard `cause`, Apollo's `originalError`, or the value
 * graphql-js wraps when something that is not an Error was thrown (a driver's plain object).
 */
function causeOf(error: object): unknown {
  const { previous, cause, originalError, thrownValue } = error as {
    previous?: unknown;
    cause?: unknown;
    originalError?: unknown;
    thrownValue?: unknown;
  };
  return previous ?? cause ?? originalError ?? thrownValue;
}

/** Whether any error in the chain an error wraps (through resolver wrappers, each once) passes the test. */
function anyCause(error: unknown, test: (cause: object) => boolean): boolean {
  const seen = new Set<unknown>();
  for (let current = unwrapResolverError(error); current && typeof current === 'object' && !seen.has(current); current = causeOf(current)) {
    seen.add(current);
    if (test(current)) return true;
  }
  return false;
}

/** Whether a fault means the database cannot be reached (down, restarting, the pool exhausted), seen through wrappers. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return anyCause(error, (cause) => {
    if (cause instanceof ConnectionException) return true;
    const { code, name, message } = cause as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    if (name === 'KnexTimeoutError') return true;
    return typeof message === 'string' && /Connection terminated|connection is closed|Client has encountered a connection error/i.test(message);
  });
}

/** Whether PostgreSQL cancelled a statement for running past statement_timeout (SQLSTATE 57014). */
export function isStatementTimeout(error: unknown): boolean {
  return anyCause(error, (cause) => (cause as { code?: unknown }).code === '57014');
}

export const STATEMENT_TIMEOUT_MESSAGE =
  'The request took longer than the database allows for one statement, and was stopped; nothing of it was written.';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable at the moment; try again shortly.';

/** What a client sees while the database is down: a clear, retryable error, never the driver's message. */
export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });
}
