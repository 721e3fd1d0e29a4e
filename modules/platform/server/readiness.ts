/**
 * What the server still waits for before it serves: the steps of its start (the database, migrations, the schema, a
 * first demo seed). `/readyz` answers 503 naming them until the last is done; an orchestrator or a script waiting
 * for readiness then finds a server that answers with its data.
 */
export class Readiness {
  private readonly pending: string[] = [];
  readonly since = new Date();

  /** Steps the start will go through, after those already expected; each must later be completed. */
  expect(...steps: string[]): this {
    for (const step of steps) if (!this.pending.includes(step)) this.pending.push(step);
    return this;
  }

  /** Steps that come before those already expected: the server's own, before what its caller adds. */
  expectFirst(...steps: string[]): this {
    this.pending.unshift(...steps.filter((step) => !this.pending.includes(step)));
    return this;
  }

  complete(step: string): void {
    const index = this.pending.indexOf(step);
    if (index >= 0) this.pending.splice(index, 1);
  }

  get ready(): boolean {
    return this.pending.length === 0;
  }

  get waitingFor(): readonly string[] {
    return this.pending;
  }
}

/** The start-up steps of every server; `npm start` adds the demo seed. */
export const START_STEPS = { database: 'database', migrations: 'migrations and reference data', schema: 'schema', demoData: 'demo data' } as const;
