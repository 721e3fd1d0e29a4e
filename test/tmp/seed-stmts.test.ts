import { TestApp } from '../support/test-app';
jest.setTimeout(600000);
test('statements', async () => {
  const app = await TestApp.start();
  await app.seed(2, 1, ['enterprise', 'one-category', 'huyou', 'camellia-oil', 'chip', 'stone', 'paper', 'credit', 'users']);
  const c = await app.countStatements(() => app.seed(2, 1, ['one-matter']));
  console.log(c.count + '\n' + c.statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 160)).join('\n'));
  await app.stop();
});
