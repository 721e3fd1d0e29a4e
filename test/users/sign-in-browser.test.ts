import type { Browser } from 'playwright-core';
import { Role } from '../../modules/platform/auth/principal';
import { TestApp } from '../support/test-app';
import { STRONG_PASSWORD, invite, setPassword } from './users-support';
import { describeInBrowser, launchBrowser } from '../support/browser';

describeInBrowser('signing in with the browser, then using the explorer as oneself', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await TestApp.start();
    const admin = await app.clientAs(Role.ADMIN);
    const { link } = await invite(admin, { login: 'wang.fang', name: '王芳', roles: ['ANALYST'] });
    await setPassword(app, link);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('refuses a wrong password on the page, then signs in and runs a query as the person', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/graphql`);
    await page.waitForFunction(`document.getElementById('session-bar').textContent.includes('未登录')`, undefined, { timeout: 15_000 });
    await page.click('#session-bar a');
    await page.waitForSelector('#sign-in');
    await page.fill('#login', 'wang.fang');
    await page.fill('#password', 'Not-the-password-1');
    await page.click('#sign-in button');
    await page.waitForFunction(`document.getElementById('message').textContent.includes('wrong')`, undefined, { timeout: 10_000 });

    await page.fill('#password', STRONG_PASSWORD);
    await page.click('#sign-in button');
    await page.waitForURL(`${app.url}/graphql`);
    await page.waitForFunction(`document.getElementById('session-bar').textContent.includes('王芳（ANALYST）')`, undefined, { timeout: 15_000 });
    await page.waitForSelector('.graphiql-container', { timeout: 15_000 });
    await page.evaluate(`document.querySelectorAll('.CodeMirror')[0].CodeMirror.setValue('{ viewer { role displayName } }')`);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent?.includes('王芳')`, undefined, { timeout: 15_000 });
    expect(await page.textContent('.graphiql-response')).toContain('ANALYST');
    // The refresh token never reaches the page's scripts.
    expect(await page.evaluate('document.cookie')).toBe('');

    // Two tabs opened at once exchange the one refresh cookie in turn, so the session survives both.
    const signedIn = `document.getElementById('session-bar').textContent.includes('王芳（ANALYST）')`;
    // Each exchange's answer takes a while here, so that the two tabs' exchanges would overlap if nothing kept them apart.
    await context.route('**/auth/token', async (route) => {
      const answer = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.fulfill({ response: answer });
    });
    const tabs = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all(tabs.map((tab) => tab.goto(`${app.url}/graphql`)));
    for (const tab of tabs) await tab.waitForFunction(signedIn, undefined, { timeout: 15_000 });
    await tabs[0].reload();
    await tabs[0].waitForFunction(signedIn, undefined, { timeout: 15_000 });

    await page.click('#session-bar a');
    await page.waitForFunction(`document.getElementById('session-bar').textContent.includes('未登录')`, undefined, { timeout: 10_000 });
  });
});
