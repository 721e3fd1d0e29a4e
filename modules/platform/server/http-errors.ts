import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger';
import { ErrorCode } from '../errors/top-level-errors';

/** body-parser's error types, in the words a client can act on. */
const BODY_FAULTS: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The request body is larger than the server accepts (1 MB).' },
  'encoding.unsupported': { status: 415, message: 'The request body’s Content-Encoding is not supported; send identity, gzip, deflate or br.' },
  'charset.unsupported': { status: 415, message: 'The request body’s charset is not supported; send UTF-8.' },
  'request.aborted': { status: 400, message: 'The request was aborted before its body arrived.' },
  'request.size.invalid': { status: 400, message: 'The request body is shorter or longer than its Content-Length.' },
};

function errorBody(message: string, code: string, requestId: unknown) {
  return { errors: [{ message, extensions: { code, requestId: String(requestId) } }] };
}

/**
 * Faults of the HTTP layer (bad JSON, oversized or wrongly encoded bodies, anything thrown before GraphQL runs) are
 * answered as GraphQL-shaped JSON, never as Express's HTML page with a stack trace.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, request, response, next) => {
    if (response.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    const known = type ? BODY_FAULTS[type] : undefined;
    if (known && known.status < 500) {
      response.status(known.status).json(errorBody(known.message, ErrorCode.BAD_USER_INPUT, request.id));
      return;
    }
    logger.child({ reqId: request.id }).error({ err: error }, 'internal error in the HTTP layer');
    response.status(500).json(errorBody('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR, request.id));
  };
}

/** A path the server does not serve: JSON rather than Express's HTML page. */
export function notFoundHandler(): RequestHandler {
  return (request, response) => {
    response.status(404).json(errorBody(`Nothing is served at ${request.method} ${request.path}.`, ErrorCode.NOT_FOUND, request.id));
  };
}
