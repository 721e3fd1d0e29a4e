import { join } from 'node:path';
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

  it('opens on a development server with example operations and the development token in its headers, ready to run', async () => {
    const development = await app.startPeer({ NODE_ENV: 'development' });
    const page = await browser.newPage();
    await page.goto(`${development.url}/graphql`);
    await page.waitForSelector('.graphiql-tab', { timeout: 15_000 });
    const titles = await page.$$eval('.graphiql-tab-button', (tabs) => tabs.map((tab) => tab.textContent?.trim()));
    expect(titles).toEqual(expect.arrayContaining(['PartnerPage', 'CaseWithTasks', 'CreditScoreExplained', 'IndicatorBoard']));
    const editors = `[...document.querySelectorAll('.CodeMirror')].map((editor) => editor.CodeMirror.getValue())`;
    const [query, , headers] = (await page.evaluate(editors)) as string[];
    expect(query).toContain('query PartnerPage');
    expect(headers).toMatch(/"Authorization": "Bearer [\w-]+\.[\w-]+\.[\w-]+"/);
    // The first tab runs as it is: the partner page lists the registered enterprise.
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent?.includes('Explorer Test Co')`, undefined, {
      timeout: 15_000,
    });
    await page.screenshot({ path: join('.data', 'screenshots', 'explorer-development.png') });
    // Another tab brings its variables along and runs as it is too.
    await page.click('.graphiql-tab-button:has-text("IndicatorBoard")');
    expect(((await page.evaluate(editors)) as string[])[1]).toContain('"from": "2026-06-01"');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`/"(entries|errors)"/.test(document.querySelector('.graphiql-response')?.textContent ?? '')`, undefined, {
      timeout: 15_000,
    });
    const answer = await page.textContent('.graphiql-response');
    expect(answer).not.toContain('"errors"');
    expect(answer).toContain('"entries"');
  });

  it('renews the development token that a tab kept from an earlier start carries', async () => {
    const development = await app.startPeer({ NODE_ENV: 'development' });
    const page = await browser.newPage();
    const expired = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvbGQifQ.c3RhbGU';
    // What GraphiQL kept in the browser from a start whose token has since expired.
    await page.goto(`${development.url}/healthz`);
    const headers = JSON.stringify({ Authorization: `Bearer ${expired}` });
    await page.evaluate(`
      localStorage.setItem('esg:explorer-token', ${JSON.stringify(expired)});
      localStorage.setItem('graphiql:shouldPersistHeaders', 'true');
      localStorage.setItem('graphiql:query', '{ viewer { role } }');
      localStorage.setItem('graphiql:headers', ${JSON.stringify(headers)});
      localStorage.setItem('graphiql:tabState', JSON.stringify({ activeTabIndex: 0, tabs: [{ id: 'kept', hash: null, title: 'Kept',
        query: '{ viewer { role } }', variables: null, headers: ${JSON.stringify(headers)}, operationName: null, response: null }] }));
    `);
    await page.goto(`${development.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 15_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent?.includes('ADMIN')`, undefined, { timeout: 15_000 });
  });

  it('opens empty and without a token on a server that is not in development', async () => {
    const production = await app.startPeer({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' });
    const page = await browser.newPage();
    await page.goto(`${production.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 15_000 });
    const editors = `[...document.querySelectorAll('.CodeMirror')].map((editor) => editor.CodeMirror.getValue())`;
    const [query, variables, headers] = (await page.evaluate(editors)) as string[];
    expect([query, variables, headers]).toEqual(['', '', '']);
    expect(await page.$$('.graphiql-tab')).toHaveLength(0);
  });
});
