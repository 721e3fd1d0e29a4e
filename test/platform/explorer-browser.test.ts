import type { Browser } from 'playwright-core';
import { Role } from '../../modules/platform/auth/principal';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { describeInBrowser, launchBrowser } from '../support/browser';

describeInBrowser('the explorer in a real browser, with no network beyond the server', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await TestApp.start();
    await registerEnterprise(await app.clientAs(Role.ADMIN), { name: 'Explorer Test Co' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('renders GraphiQL from local assets and runs a query with a bearer token', async () => {
    const page = await browser.newPage();
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url)) foreignRequests.push(request.url());
    });
    await page.goto(`${app.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 15_000 });

    const token = await app.token(Role.ADMIN);
    // Browser-side code is passed as text: the project is type-checked without the DOM library.
    const query = '{ enterprises(first: 5) { nodes { name } } }';
    const headers = JSON.stringify({ Authorization: `Bearer ${token}` });
    await page.evaluate(`
      document.querySelectorAll('.CodeMirror')[0].CodeMirror.setValue(${JSON.stringify(query)});
      document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').CodeMirror.setValue(${JSON.stringify(headers)});
    `);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent?.includes('Explorer Test Co')`, undefined, {
      timeout: 15_000,
    });
    expect(foreignRequests).toEqual([]);
  });
});
