import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../modules/platform/auth/principal';
import { IndicatorBoardDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp, SEEDING_TIMEOUT, SHARED_DEMO } from '../support/test-app';
import { describeInBrowser, launchBrowser } from '../support/browser';
import { STRONG_PASSWORD, invite, setPassword } from '../users/users-support';

/** Screenshots of each step, for a person to look at (kept out of the repository). */
const SCREENSHOTS = path.join('.data', 'screenshots');

describeInBrowser('the dashboard in a real browser, on the demo data', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let analyst: GraphQLClient;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    app = await TestApp.start({ demo: SHARED_DEMO });
    analyst = await app.clientAs(Role.ANALYST);
    const { link } = await invite(await app.clientAs(Role.ADMIN), { login: 'board.analyst', name: '看板分析员', roles: ['ANALYST'] });
    await setPassword(app, link);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url) && !request.url().startsWith('blob:')) foreignRequests.push(request.url());
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, SEEDING_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const cardValue = (code: string) => page.textContent(`#cards .card[data-code="${code}"] .value`);
  /** Waits until a card shows the text: the board reloads after each filter change. */
  const cardShows = (code: string, text: string) =>
    page.waitForFunction(
      ([selector, expected]) =>
        (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector(selector)
          ?.textContent === expected,
      [`#cards .card[data-code="${code}"] .value`, text] as const,
    );
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);
  const boardValue = async (code: string, chain: string | null) =>
    (await analyst.data(IndicatorBoardDocument, { from: '2026-10-01', to: '2026-10-31', chain })).indicatorBoard.entries.find(
      (entry) => entry.indicator.code === code,
    )?.value;

  it('signs in through the user registry and shows the indicators of the period with their class', async () => {
    await page.goto(`${app.url}/dashboard`);
    await page.click('#signin-link');
    await page.waitForSelector('#sign-in');
    await page.fill('#login', 'board.analyst');
    await page.fill('#password', STRONG_PASSWORD);
    await page.click('#sign-in button');
    await page.waitForURL(`${app.url}/dashboard`);
    await page.waitForSelector('#cards .card');
    await page.fill('#from', '2026-10-01');
    await page.fill('#to', '2026-10-31');
    await page.dispatchEvent('#to', 'change');
    const expected = percent(await boardValue('one-matter.online-rate', null));
    await cardShows('one-matter.online-rate', expected);
    expect(await cardValue('one-matter.online-rate')).toBe(expected);
    expect(await page.textContent('#cards .card[data-code="one-matter.online-rate"] .badge')).toMatch(/标杆|中部|落后/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-board.png'), fullPage: true });
  });

  it('narrows the cards to a chain when the filter changes', async () => {
    const expected = percent(await boardValue('credit.good-or-better-rate', 'CHIP'));
    await page.selectOption('#chain', 'CHIP');
    await cardShows('credit.good-or-better-rate', expected);
    expect(await cardValue('credit.good-or-better-rate')).toBe(expected);
    await page.selectOption('#chain', '');
  });

  it('draws a chart of a cube query and downloads its export', async () => {
    await page.selectOption('#cube', 'cases');
    await page.check('input[name=dimension][value=SUBMITTED_MONTH]');
    await page.check('input[name=measure][value=COUNT]');
    await page.fill('#from', '2026-06-01');
    await page.click('#run');
    await page.waitForSelector('#chart[data-rows] canvas');
    expect(Number(await page.getAttribute('#chart', 'data-rows'))).toBeGreaterThan(0);
    expect(await page.locator('#result tbody tr').count()).toBe(Number(await page.getAttribute('#chart', 'data-rows')));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-report.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe('"申报时间（按月） When it was submitted, by month (YYYY-MM)",办件量 Cases');
    expect(foreignRequests).toEqual([]);
  });
});
