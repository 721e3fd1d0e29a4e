import { tableScopeSource } from '../users/table-scope-source';

/** An OFFICER's scope is one of the departments of the catalogue. */
export const DEPARTMENT_USER_SCOPE = tableScopeSource('department', 'department', 'code', 'name');
