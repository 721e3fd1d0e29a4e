import type { UserScopeKind, UserScopeSource } from './user-scopes';

/**
 * A scope whose codes are the keys of a table (departments, enterprises): the owning module names table and columns,
 * and the order its samples come in (the oldest rows first keeps demo accounts the same when later rows are added).
 */
export function tableScopeSource(
  kind: UserScopeKind,
  table: string,
  codeColumn: string,
  nameColumn: string,
  sampleOrder = codeColumn,
): UserScopeSource {
  return {
    kind,
    async unknown(em, codes) {
      if (codes.length === 0) return [];
      const rows = await em.execute<Array<{ code: string }>>(
        `select ${codeColumn} as code from ${table} where ${codeColumn} in (${codes.map(() => '?').join(', ')})`,
        codes,
      );
      const known = new Set(rows.map((row) => row.code));
      return codes.filter((code) => !known.has(code));
    },
    sample(em, count) {
      return em.execute<Array<{ code: string; name: string }>>(
        `select ${codeColumn} as code, ${nameColumn} as name from ${table} order by ${sampleOrder} limit ?`,
        [count],
      );
    },
  };
}
