import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  DESK = 'DESK',
  OFFICER = 'OFFICER',
  PARTNER = 'PARTNER',
  ANALYST = 'ANALYST',
  ENTERPRISE = 'ENTERPRISE',
  ANONYMOUS = 'ANONYMOUS',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a caller is allowed to do (角色).',
  valuesConfig: {
    ADMIN: { description: 'Administrator of the platform: keys, users, departments, calendars, modules (管理员).' },
    DESK: { description: 'Industry-chain desk, scoped to its chains (产业链专班).' },
    OFFICER: { description: 'Department officer, scoped to one department (部门工作人员).' },
    PARTNER: { description: 'Partner system such as a bank or portal, calling with an API key (合作方).' },
    ANALYST: { description: 'Data analyst reading reports and indicators (数据分析).' },
    ENTERPRISE: { description: 'An enterprise acting for itself only (经营主体).' },
    ANONYMOUS: { description: 'A caller without credentials (匿名).' },
  },
});

/** Who is calling, and the scope that narrows what the role may touch. */
export interface Principal {
  role: Role;
  /** Stable identifier of the caller: token subject or `api-key:<id>`. */
  subject: string;
  displayName: string | null;
  /** DESK: the chain codes it may configure. */
  chains: string[];
  /** OFFICER: the code of its department. */
  department: string | null;
  /** ENTERPRISE: the unified social credit code of the enterprise it acts for. */
  enterpriseUscc: string | null;
  /** PARTNER via API key: the key's id. */
  apiKeyId: string | null;
  /**
   * A person signed in through the user registry: the session the token belongs to and the version of the account's
   * roles and scopes it was issued under, so that a revoked session or a changed account is refused at once.
   */
  session?: { id: string; version: number } | null;
}

export const ANONYMOUS: Principal = Object.freeze({
  role: Role.ANONYMOUS,
  subject: 'anonymous',
  displayName: null,
  chains: [],
  department: null,
  enterpriseUscc: null,
  apiKeyId: null,
}) as Principal;

/** Roles that act on behalf of a person or partner and are allowed to see data beyond their own. */
/** Every role, anonymous callers included: the readers of public objects. */
export const EVERY_ROLE: Role[] = Object.values(Role);

export const STAFF_ROLES = [Role.ADMIN, Role.DESK, Role.OFFICER, Role.PARTNER, Role.ANALYST] as const;

export const AUTHENTICATED_ROLES = [...STAFF_ROLES, Role.ENTERPRISE] as const;
