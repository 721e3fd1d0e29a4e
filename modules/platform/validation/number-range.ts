import { userError, UserErrorCode } from '../errors/user-error';
import type { Check } from './check';

/** The inclusive bounds of a number, as decimal strings, so that a Decimal of any size compares exactly. */
export interface NumberRange {
  min: string;
  max: string;
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

function decimalText(bound: number | string): string {
  const text = typeof bound === 'number' && Number.isFinite(bound) ? String(bound) : bound;
  if (typeof text !== 'string' || !DECIMAL_TEXT.test(text)) {
    throw new Error(`A range bound is a finite number written without an exponent (or such a string), not ${String(bound)}.`);
  }
  return text;
}

/**
 * Field extension that bounds a number of a mutation's input, inclusive at both ends:
 * `@Extensions(range(0, 10_000))` on an input field (or argument) of type Int, Float or Decimal, or a list of them.
 * The policy refuses a value outside it before the resolver runs, as the payload's userErrors: NEGATIVE for a value
 * below a lower bound of exactly 0 (the code the services give for a quantity that must not be negative), and
 * OUT_OF_RANGE otherwise (a positive quantity, whose lower bound is above 0, answers OUT_OF_RANGE as its services
 * do), with a message naming the range. On a list, each item is checked and refused at its own index; the list's
 * length is the resolver's to bound. The range is the outer bound of what the field can mean; a resolver keeps its
 * narrower business rule (a past year, a score of 1 to 5), which it reports together with the input's other problems.
 * Bounds are numbers (or decimal strings, for a Decimal beyond a double's precision) with min <= max.
 */
export const range = (min: number | string, max: number | string): { range: NumberRange } => {
  const bounds = { min: decimalText(min), max: decimalText(max) };
  if (compareDecimals(bounds.min, bounds.max) > 0) throw new Error(`A range runs from its lower bound up: ${bounds.min} is above ${bounds.max}.`);
  return { range: bounds };
};

/** Sign, integer digits without leading zeros and fraction digits without trailing zeros; zero has no sign. */
function decimalParts(text: string): { negative: boolean; integer: string; fraction: string } {
  const negative = text.startsWith('-');
  const [integer, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const parts = { integer: integer.replace(/^0+(?=\d)/, ''), fraction: fraction.replace(/0+$/, '') };
  return { negative: negative && (parts.integer !== '0' || parts.fraction !== ''), ...parts };
}

/** Compares two decimal strings exactly: negative, zero or positive as a is below, equal to or above b. */
export function compareDecimals(a: string, b: string): number {
  const left = decimalParts(a);
  const right = decimalParts(b);
  if (left.negative !== right.negative) return left.negative ? -1 : 1;
  const sign = left.negative ? -1 : 1;
  if (left.integer.length !== right.integer.length) return sign * (left.integer.length - right.integer.length);
  if (left.integer !== right.integer) return sign * (left.integer < right.integer ? -1 : 1);
  const width = Math.max(left.fraction.length, right.fraction.length);
  const [x, y] = [left.fraction.padEnd(width, '0'), right.fraction.padEnd(width, '0')];
  return x === y ? 0 : sign * (x < y ? -1 : 1);
}

export function rangeCheck(bounds: NumberRange, decimal: boolean): Check {
  const [min, max] = [Number(bounds.min), Number(bounds.max)];
  const message = `Between ${bounds.min} and ${bounds.max}.`;
  const zeroFloor = compareDecimals(bounds.min, '0') === 0;
  return (value, path, errors) => {
    let below: boolean;
    let above: boolean;
    if (decimal && typeof value === 'string' && DECIMAL_TEXT.test(value)) {
      below = compareDecimals(value, bounds.min) < 0;
      above = compareDecimals(value, bounds.max) > 0;
    } else if (typeof value === 'number') {
      // Int and Float arrive as numbers, finite (GraphQL refuses NaN and Infinity); the bounds are moderate numbers.
      below = value < min;
      above = value > max;
    } else return;
    if (below && zeroFloor) errors.push(userError(path, UserErrorCode.NEGATIVE, message));
    else if (below || above) errors.push(userError(path, UserErrorCode.OUT_OF_RANGE, message));
  };
}
