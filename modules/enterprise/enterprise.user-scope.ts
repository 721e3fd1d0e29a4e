import { tableScopeSource } from '../users/table-scope-source';

/** An ENTERPRISE user acts for an enterprise of the registry, named by its unified social credit code. */
export const ENTERPRISE_USER_SCOPE = tableScopeSource('enterprise', 'enterprise', 'uscc', 'name', 'created_at, uscc');
