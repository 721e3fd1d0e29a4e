import { UserErrorCode, type UserErrorCollector } from '../platform/errors/user-error';

/** Checks shared by the chains' records: positive exact quantities, past dates, filled-in text. */
export function checkPositiveDecimal(value: string, field: string[], errors: UserErrorCollector): void {
  if (value.startsWith('-') || Number(value) === 0) errors.add(field, UserErrorCode.OUT_OF_RANGE, 'The value must be greater than zero.');
}

export function checkNotFuture(date: string, today: string, field: string[], errors: UserErrorCollector): void {
  if (date > today) errors.add(field, UserErrorCode.IN_FUTURE, 'The date must not lie in the future.');
}

export function checkText(value: string, field: string[], errors: UserErrorCollector, maxLength = 200): void {
  if (!value.trim()) errors.add(field, UserErrorCode.BLANK, `${field.at(-1)} must not be blank.`);
  else if ([...value.trim()].length > maxLength)
    errors.add(field, UserErrorCode.TOO_LONG, `${field.at(-1)} must not exceed ${maxLength} characters.`);
}
