import type { UserError } from '../errors/user-error';

/** Checks one input value at its path, adding what is wrong with it to `errors`. */
export type Check = (value: unknown, path: string[], errors: UserError[]) => void;
