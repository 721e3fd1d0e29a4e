/**
 * A reason the server cannot start that the person starting it can act on: one line naming what failed, the setting
 * or port involved and what to do. The entry points print it as it is, without a stack.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
