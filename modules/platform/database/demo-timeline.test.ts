import { DemoTimeline } from './demo-timeline';

describe('the demo timeline', () => {
  const at = (instant: string) => DemoTimeline.at(new Date(instant));

  it('tells the story as written in December 2026, and before', () => {
    for (const timeline of [at('2026-12-01T02:00:00Z'), at('2026-12-31T15:59:00Z'), at('2026-06-15T00:00:00Z'), DemoTimeline.AS_WRITTEN]) {
      expect([timeline.months, timeline.today, timeline.day('2026-08-03'), timeline.month('2026-06'), timeline.year(2025)]).toEqual([
        0,
        '2026-11-30',
        '2026-08-03',
        '2026-06',
        2025,
      ]);
    }
  });

  it("ends the story on the last day of the month before the county's current one", () => {
    // 31 December 2026 at 16:00 UTC is already 1 January 2027 in the county.
    expect(at('2026-12-31T16:00:00Z').today).toBe('2026-12-31');
    expect(at('2027-03-10T04:00:00Z').today).toBe('2027-02-28');
    expect(at('2028-03-10T04:00:00Z').today).toBe('2028-02-29');
    expect(at('2031-01-05T04:00:00Z').months).toBe(49);
  });

  it('moves days by whole months, keeping firsts and last days of months', () => {
    const timeline = at('2027-03-10T04:00:00Z');
    expect(timeline.months).toBe(3);
    expect(timeline.day('2026-06-01')).toBe('2026-09-01');
    expect(timeline.day('2026-06-30')).toBe('2026-09-30');
    expect(timeline.day('2026-12-31')).toBe('2027-03-31');
    expect(timeline.day('2026-11-29')).toBe('2027-02-28');
    expect(timeline.month('2026-10')).toBe('2027-01');
  });

  it('moves instants to the same time of day in the county', () => {
    const timeline = at('2027-03-10T04:00:00Z');
    expect(timeline.instant(new Date('2026-05-01T02:00:00Z')).toISOString()).toBe('2026-08-01T02:00:00.000Z');
    // 20:00 UTC on 30 April is 1 May in the county: it moves with 1 May.
    expect(timeline.instant(new Date('2026-04-30T20:00:00Z')).toISOString()).toBe('2026-07-31T20:00:00.000Z');
  });

  it('moves yearly records with the year of the story\'s "now", by whole years', () => {
    const sameYear = at('2027-01-10T04:00:00Z');
    expect([sameYear.today, sameYear.year(2025), sameYear.dayOfYear('2025-05-20')]).toEqual(['2026-12-31', 2025, '2025-05-20']);
    const nextYear = at('2027-02-10T04:00:00Z');
    expect([nextYear.today, nextYear.year(2025), nextYear.dayOfYear('2025-05-20')]).toEqual(['2027-01-31', 2026, '2026-05-20']);
  });
});
