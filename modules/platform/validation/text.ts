/**
 * NUL (PostgreSQL text cannot hold it) and UTF-16 surrogates without their pair (not Unicode; PostgreSQL refuses
 * them in JSON). A string with either can only be an encoding fault or an attack.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasUnsafeCharacters(value: string): boolean {
  return UNSAFE.test(value);
}
