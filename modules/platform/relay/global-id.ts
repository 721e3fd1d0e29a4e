/** Opaque global ids: base64url of "<TypeName>:<primary key>". Clients must not parse them. */
export function toGlobalId(typeName: string, key: string): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { typeName: string; key: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) return null;
  const typeName = decoded.slice(0, separator);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(typeName)) return null;
  return { typeName, key: decoded.slice(separator + 1) };
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes an id that must name the given type and carry a uuid key; null when it does not. */
export function uuidFromGlobalId(globalId: string, typeName: string): string | null {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.typeName !== typeName || !UUID_PATTERN.test(parsed.key)) return null;
  return parsed.key;
}
