import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { WindowRatingsDocument, WindowRatingsPublishDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { at } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('simultaneous publications of one month’s window ratings', () => {
  const clock = new ManualClock(new Date(at('2026-10-08')));
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  const windowCount = async () => {
    const rows = await app.services.orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from service_window');
    return rows[0].n;
  };
  const ratingRows = async (month: string) =>
    app.services.orm.em
      .fork()
      .execute<Array<{ window_id: string; n: number }>>(
        'select window_id, count(*)::int as n from window_rating where month = ? group by window_id',
        [month],
      );

  it.each(['2026-09', '2026-08'])('ends ten publications of %s at once with one rating per window, as publishing in turn does', async (month) => {
    const windows = await windowCount();
    expect(windows).toBeGreaterThan(0);
    const responses = await Promise.all(Array.from({ length: 10 }, () => admin.request(WindowRatingsPublishDocument, { input: { month } })));
    expect(responses.flatMap((response) => (response.errors ?? []).map((error) => error.extensions?.code ?? error.message))).toEqual([]);
    for (const response of responses) {
      const payload = response.data!.windowRatingsPublish;
      expect(payload.userErrors).toEqual([]);
      expect(payload.ratings).toHaveLength(windows);
      expect(new Set(payload.ratings.map((rating) => rating.window.code)).size).toBe(windows);
    }
    const rows = await ratingRows(month);
    expect(rows).toHaveLength(windows);
    expect(rows.every((row) => row.n === 1)).toBe(true);

    const { windowRatings } = await admin.data(WindowRatingsDocument, { month });
    expect(windowRatings).toHaveLength(windows);
    // Equal ratings are ordered by id, which each publication draws anew: compare window by window.
    const byWindow = (ratings: typeof windowRatings) =>
      ratings.map(({ id: _id, ...rating }) => rating).sort((a, b) => a.window.code.localeCompare(b.window.code));
    const republished = await admin.data(WindowRatingsPublishDocument, { input: { month } });
    expect(byWindow(republished.windowRatingsPublish.ratings)).toEqual(byWindow(windowRatings));
  });
});
