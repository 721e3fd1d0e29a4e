import { TestApp } from '../support/test-app';
jest.setTimeout(600000);
test('seed timings', async () => {
  const app = await TestApp.start();
  await app.seed(120, 1, ['enterprise', 'one-category', 'huyou', 'camellia-oil', 'chip', 'stone', 'paper', 'credit', 'users']);
  const out: string[] = [];
  for (const m of (process.env.MODS ?? 'one-matter').split(',')) {
    const t = Date.now();
    const c = await app.countStatements(() => app.seed(120, 1, [m]));
    out.push(`${m}: ${Date.now() - t} ms, ${c.count} statements`);
  }
  console.log(out.join('\n'));
  await app.stop();
});
