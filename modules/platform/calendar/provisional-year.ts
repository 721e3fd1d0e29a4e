import { LunarDay, SolarTerm } from 'tyme4ts';
import regulations from './cn-holiday-regulations.json';
import { formatEpochDay, isWeekend, parseLocalDate, type CalendarYearData } from './working-day-calendar';

/** Where a statutory holiday starts: a Gregorian date, a lunar date (with an offset in days) or a solar term. */
export interface HolidayStart {
  gregorian?: string;
  lunar?: string;
  offsetDays?: number;
  solarTerm?: string;
}

export interface StatutoryHolidayRule {
  name: string;
  chinese: string;
  start: HolidayStart;
  days: number;
}

/** The national holiday regulations as data: an amendment is one edit of cn-holiday-regulations.json. */
export interface HolidayRegulations {
  regulation: string;
  inForceFrom: number;
  holidays: StatutoryHolidayRule[];
}

export const HOLIDAY_REGULATIONS: HolidayRegulations = regulations;

/** One holiday of a derived year: its statutory days and the working days given off in compensation (补假). */
export interface DerivedHoliday {
  name: string;
  chinese: string;
  statutoryDays: string[];
  compensatoryDays: string[];
}

export interface ProvisionalYear extends CalendarYearData {
  source: string;
  holidays: DerivedHoliday[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Lunar dates and solar terms come from tyme4ts, a maintained Chinese-calendar library: Node's ICU places some
 * lunar months a day late and knows no solar terms.
 */
function startOf(year: number, start: HolidayStart): string {
  let date: string;
  if (start.gregorian) date = `${year}-${start.gregorian}`;
  else if (start.lunar) {
    const [month, day] = start.lunar.split('-').map(Number);
    const solar = LunarDay.fromYmd(year, month, day).getSolarDay();
    date = `${solar.getYear()}-${pad(solar.getMonth())}-${pad(solar.getDay())}`;
  } else if (start.solarTerm) {
    const solar = SolarTerm.fromName(year, start.solarTerm).getJulianDay().getSolarDay();
    date = `${solar.getYear()}-${pad(solar.getMonth())}-${pad(solar.getDay())}`;
  } else throw new Error('a holiday starts on a Gregorian date, a lunar date or a solar term');
  return formatEpochDay(parseLocalDate(date) + (start.offsetDays ?? 0));
}

/** Whether the regulations can derive a year: they say nothing of years before they came into force. */
export function canDeriveYear(year: number, rules: HolidayRegulations = HOLIDAY_REGULATIONS): boolean {
  return Number.isInteger(year) && year >= rules.inForceFrom && year <= 2100;
}

/**
 * A year's days off as the regulations fix them, for use until the State Council publishes the year: the
 * statutory days, and for each of them that falls on a weekend or on another holiday's day, the next working day
 * after the holiday's run (补假). Make-up working days only a notice can set, so there are none.
 */
export function deriveProvisionalYear(year: number, rules: HolidayRegulations = HOLIDAY_REGULATIONS): ProvisionalYear {
  if (!canDeriveYear(year, rules)) throw new RangeError(`The holiday regulations in force from ${rules.inForceFrom} do not cover ${year}.`);
  const off = new Set<string>();
  const statutory = rules.holidays.map((rule) => {
    const first = parseLocalDate(startOf(year, rule.start));
    return { rule, days: Array.from({ length: rule.days }, (_, index) => formatEpochDay(first + index)) };
  });
  const holidays = statutory
    .sort((a, b) => a.days[0].localeCompare(b.days[0]))
    .map(({ rule, days }) => {
      let owed = days.filter((day) => isWeekend(day) || off.has(day)).length;
      days.forEach((day) => off.add(day));
      const compensatoryDays: string[] = [];
      for (let day = parseLocalDate(days.at(-1)!) + 1; owed > 0; day++) {
        const date = formatEpochDay(day);
        if (isWeekend(date) || off.has(date)) continue;
        off.add(date);
        compensatoryDays.push(date);
        owed--;
      }
      return { name: rule.name, chinese: rule.chinese, statutoryDays: days, compensatoryDays };
    });
  return {
    year,
    offRanges: runsOf([...off].filter((day) => day.startsWith(`${year}-`))),
    workDays: [],
    source: `Provisional, derived from ${rules.regulation}; replaced when the State Council publishes ${year}.`,
    holidays,
  };
}

/** Days off as inclusive ranges, each widened over the weekend days that touch it, as the notices print them. */
function runsOf(days: string[]): Array<{ from: string; to: string }> {
  const epochDays = new Set(days.map(parseLocalDate));
  const isOff = (day: number) => epochDays.has(day) || isWeekend(formatEpochDay(day));
  const ranges: Array<{ from: string; to: string }> = [];
  for (const day of [...epochDays].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && parseLocalDate(last.to) >= day) continue;
    let from = day;
    let to = day;
    while (isOff(from - 1) && formatEpochDay(from - 1).slice(0, 4) === formatEpochDay(day).slice(0, 4)) from--;
    while (isOff(to + 1) && formatEpochDay(to + 1).slice(0, 4) === formatEpochDay(day).slice(0, 4)) to++;
    ranges.push({ from: formatEpochDay(from), to: formatEpochDay(to) });
  }
  return ranges;
}
