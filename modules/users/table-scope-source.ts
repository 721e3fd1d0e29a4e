import type { UserScopeKind, UserScopeSource } from './user-scopes';

/** A scope whose codes are the keys of a table (departments, enterprises): the owning module names table and columns. */
export function tableScopeSource(kind: UserScopeKind, table: string, codeColumn: string, nameColumn: string): UserScopeSource {
  return {
    kind,
    async unknown(em, codes) {
      if (codes.length === 0) return [];
      const rows = await em
        .getConnection()
        .execute<Array<{ code: string }>>(
          `select ${codeColumn} as code from ${table} where ${codeColumn} in (${codes.map(() => '?').join(', ')})`,
          codes,
        );
      const known = new Set(rows.map((row) => row.code));
      return codes.filter((code) => !known.has(code));
    },
    sample(em, count) {
      return em
        .getConnection()
        .execute<Array<{ code: string; name: string }>>(
          `select ${codeColumn} as code, ${nameColumn} as name from ${table} order by ${codeColumn} limit ?`,
          [count],
        );
    },
  };
}
