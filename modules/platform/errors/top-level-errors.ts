import { GraphQLError } from 'graphql';

/** Codes of top-level errors (extensions.code): faults of the request, not business outcomes. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CALENDAR_YEAR_MISSING: 'CALENDAR_YEAR_MISSING',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The caller sent more requests than RATE_LIMIT_PER_MINUTE allows; retry after extensions.retryAfterSeconds. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A statement of the request ran longer than DATABASE_STATEMENT_TIMEOUT_MS allows and was cancelled. */
  STATEMENT_TIMEOUT: 'STATEMENT_TIMEOUT',
  /** The database cannot be reached for now (down, restarting, every connection busy): retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The server is still starting (migrations, the first demo seed); /readyz says what it waits for. Retry shortly. */
  SERVER_STARTING: 'SERVER_STARTING',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Authentication required: send a Bearer token or an X-Api-Key header.') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'Access denied for the current role or scope.') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

/** Malformed arguments of a query (not a mutation input, whose problems are userErrors). */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, field: string[]) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
  }
}
