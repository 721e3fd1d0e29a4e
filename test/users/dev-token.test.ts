import { requestDevToken } from '../../modules/platform/cli/dev-token';
import { TestApp } from '../support/test-app';
import { viewerOf } from './users-support';

describe('npm run token: a development tool only', () => {
  let development: TestApp;
  let other: TestApp;

  beforeAll(async () => {
    development = await TestApp.start({ env: { NODE_ENV: 'development' } });
    other = await TestApp.start();
  });
  afterAll(async () => {
    await development?.stop();
    await other?.stop();
  });

  const run = (...argv: string[]) => requestDevToken(argv, { fetch, env: {} });

  it('asks the development server on this machine for a token of any role and scope', async () => {
    const token = await run('--url', development.url, '--role', 'officer', '--scope', 'market-regulation');
    expect((await viewerOf(development, token)).data!.viewer).toMatchObject({
      role: 'OFFICER',
      department: 'market-regulation',
      subject: 'dev-officer',
    });
    await expect(run('--url', development.url, '--role', 'desk')).rejects.toThrow(/DESK token needs at least one chain/);
  });

  it('is refused by a server that does not run in development mode', async () => {
    await expect(run('--url', other.url, '--role', 'admin')).rejects.toThrow(/does not run in development mode/);
  });

  it('refuses to ask a server beyond this machine, and says how to start one', async () => {
    await expect(run('--url', 'https://graph.example.gov.cn', '--role', 'admin')).rejects.toThrow(/not on this machine/);
    await expect(run('--url', 'http://127.0.0.1:1', '--role', 'admin')).rejects.toThrow(/No server answers/);
    await expect(run()).rejects.toThrow(/Usage: npm run token/);
  });
});
