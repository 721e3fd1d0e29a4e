/**
 * Plausible values by scalar, for tests generated from the schema (the fuzz test, the authorization matrix): only
 * the value under test is unusual. Ids name nothing.
 */
export const SCALAR_SAMPLES: Record<string, unknown> = {
  String: 'sample',
  ID: 'RW50ZXJwcmlzZTowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA',
  Int: 1,
  Float: 1,
  Boolean: true,
  LocalDate: '2026-06-01',
  DateTime: '2026-06-01T02:00:00.000Z',
  Decimal: '1.00',
  JSONObject: {},
  JSON: 1,
};
