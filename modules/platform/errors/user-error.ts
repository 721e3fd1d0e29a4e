import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Stable codes a client can branch on; the message is for people and may change. */
export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  BLANK = 'BLANK',
  TOO_LONG = 'TOO_LONG',
  INVALID_FORMAT = 'INVALID_FORMAT',
  INVALID_CHECK_CHARACTER = 'INVALID_CHECK_CHARACTER',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  NEGATIVE = 'NEGATIVE',
  IN_FUTURE = 'IN_FUTURE',
  TAKEN = 'TAKEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_RANGE = 'INVALID_RANGE',
  NOT_A_WEEKEND = 'NOT_A_WEEKEND',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  INVALID_ROLE = 'INVALID_ROLE',
  UNKNOWN_JOB = 'UNKNOWN_JOB',
  JOBS_DISABLED = 'JOBS_DISABLED',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  INVALID_STATE = 'INVALID_STATE',
  EMPTY = 'EMPTY',
  CYCLE = 'CYCLE',
  DUPLICATE = 'DUPLICATE',
  NOT_YET_ELIGIBLE = 'NOT_YET_ELIGIBLE',
  NOT_PERMITTED = 'NOT_PERMITTED',
  NO_ROW_ACCEPTED = 'NO_ROW_ACCEPTED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  OVER_BUDGET = 'OVER_BUDGET',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  INVALID_SECOND_FACTOR = 'INVALID_SECOND_FACTOR',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_LINK = 'INVALID_LINK',
  SESSION_ENDED = 'SESSION_ENDED',
  TOKEN_REUSED = 'TOKEN_REUSED',
  LAST_ADMIN = 'LAST_ADMIN',
  NOT_ENOUGH_INSPECTORS = 'NOT_ENOUGH_INSPECTORS',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Stable machine-readable code of a business error returned in a payload (业务错误代码).',
  valuesConfig: {
    REQUIRED: { description: 'A required value is missing.' },
    BLANK: { description: 'The value is empty or only whitespace.' },
    TOO_LONG: { description: 'The value is longer than allowed.' },
    INVALID_FORMAT: { description: 'The value does not have the expected format.' },
    INVALID_CHECK_CHARACTER: { description: 'The check character of a code does not match its other characters (校验码错误).' },
    OUT_OF_RANGE: { description: 'The value is outside the allowed range.' },
    NEGATIVE: { description: 'The value must not be negative.' },
    IN_FUTURE: { description: 'The date must not lie in the future.' },
    TAKEN: { description: 'Another record already uses this value.' },
    NOT_FOUND: { description: 'The referenced object does not exist or is not visible to the caller.' },
    CONFLICT: { description: 'The value contradicts another value of the same input.' },
    STALE_VERSION: { description: 'The object was changed by someone else since it was read (optimistic locking).' },
    INVALID_RANGE: { description: 'The start of a range lies after its end.' },
    NOT_A_WEEKEND: { description: 'A make-up working day (调休) must fall on a Saturday or Sunday.' },
    ALREADY_REVOKED: { description: 'The object was already revoked.' },
    INVALID_ROLE: { description: 'The role cannot be used here.' },
    UNKNOWN_JOB: { description: 'No job with this name is registered.' },
    JOBS_DISABLED: { description: 'Jobs are switched off in this instance.' },
    INVALID_TRANSITION: { description: 'The object’s current state does not allow this action.' },
    INVALID_STATE: { description: 'A referenced object is in a state that does not allow this action.' },
    EMPTY: { description: 'A part that must hold something is empty.' },
    CYCLE: { description: 'An ordering refers back to itself.' },
    DUPLICATE: { description: 'The same value appears twice in one input.' },
    NOT_YET_ELIGIBLE: { description: 'Not possible yet; the message says from when.' },
    NOT_PERMITTED: { description: 'The caller may not write this row (role or department).' },
    NO_ROW_ACCEPTED: { description: 'A bulk operation refused every row it was given, so nothing was written; each row says why.' },
    NOT_ELIGIBLE: { description: 'The enterprise does not meet the conditions; the message names those that failed and what to reach.' },
    OVER_BUDGET: { description: 'The amount would go beyond what is left of the budget.' },
    INVALID_CREDENTIALS: { description: 'The login and password (or the refresh token) do not match an account that may sign in.' },
    ACCOUNT_LOCKED: { description: 'Too many failed sign-ins in a row: the account is locked for a while; the message says until when.' },
    ACCOUNT_DISABLED: { description: 'The account is disabled; an administrator may enable it again.' },
    SECOND_FACTOR_REQUIRED: { description: 'The account has a second factor: send the authenticator app’s code as well.' },
    INVALID_SECOND_FACTOR: { description: 'The second-factor code is wrong, expired or already used.' },
    WEAK_PASSWORD: { description: 'The new password does not meet the password policy; the message says what is missing.' },
    INVALID_LINK: { description: 'The one-time link is unknown, already used or expired; ask an administrator for a new one.' },
    SESSION_ENDED: { description: 'The session was signed out, revoked, or ran out of time: sign in again.' },
    TOKEN_REUSED: { description: 'A refresh token was used a second time: the session is revoked, as the token may have been stolen.' },
    LAST_ADMIN: { description: 'The change would leave the platform without an active administrator.' },
    NOT_ENOUGH_INSPECTORS: {
      description: 'Too few qualified inspectors without a conflict for a drawn target; the message names how many are missing.',
    },
  },
});

@ObjectType({ description: 'A business error in a mutation payload: which input field, what went wrong and a stable code.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "uscc"]; empty when it concerns the whole input.' })
  field!: string[];

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'Stable machine-readable code.' })
  code!: UserErrorCode;
}

/** Refuses the input at one field of `input`: a payload's userErrors, and nothing written. */
export function refuse(field: string, code: UserErrorCode, message: string): never {
  throw new UserErrorsException([userError(['input', field], code, message)]);
}

export function userError(field: string[], code: UserErrorCode, message: string): UserError {
  return Object.assign(new UserError(), { field, code, message });
}

/** Thrown by services when input breaks a rule; the mutation runner turns it into payload userErrors and rolls back. */
export class UserErrorsException extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((error) => `${error.field.join('.')}: ${error.message}`).join('; '));
  }
}

/** Collects every problem of an input before deciding, so that a client sees all of them at once. */
export class UserErrorCollector {
  private readonly errors: UserError[] = [];

  add(field: string[], code: UserErrorCode, message: string): this {
    this.errors.push(userError(field, code, message));
    return this;
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new UserErrorsException([...this.errors]);
  }
}

/**
 * Runs a flush (or any write) and turns the loss of a race on a unique index into the userError the earlier
 * check would have given, so that simultaneous requests get the same answer as sequential ones.
 */
export async function uniqueAsUserError<T>(write: () => Promise<T>, field: string[], code: UserErrorCode, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new UserErrorsException([userError(field, code, message)]);
    throw error;
  }
}
