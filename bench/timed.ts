/** Runs a step and prints how long it took. */
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const result = await work();
  process.stdout.write(`${label.padEnd(52)} ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0).padStart(8)} ms\n`);
  return result;
}
