import type { EntityProperty } from '@mikro-orm/core';
import { hasUnsafeCharacters } from '../validation/text';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?\d{1,30}(\.\d{1,30})?$/;
const INT4 = 2 ** 31 - 1;

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether a cursor's sort value fits the column it is compared with. A cursor comes back from the client, so a
 * value the column cannot hold (a text for a number, 2024-02-30 for a date) must be refused before it reaches SQL.
 */
export function fitsSortColumn(value: unknown, property: EntityProperty): boolean {
  const column = (property.columnTypes?.[0] ?? '').toLowerCase();
  if (column.startsWith('timestamp')) {
    return typeof value === 'string' && TIMESTAMP.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
  }
  if (column === 'date') return typeof value === 'string' && isCalendarDate(value);
  if (/^(int|integer|int4|smallint|int2|serial)\b/.test(column)) return Number.isInteger(value) && Math.abs(value as number) <= INT4;
  if (/^(bigint|int8)\b/.test(column)) return Number.isSafeInteger(value);
  if (/^(numeric|decimal)\b/.test(column)) return (typeof value === 'string' && DECIMAL.test(value)) || Number.isFinite(value);
  if (/^(double|real|float)/.test(column)) return Number.isFinite(value);
  return typeof value === 'string' && !hasUnsafeCharacters(value);
}
