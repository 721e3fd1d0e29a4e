import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { Role } from '../platform/auth/principal';

export enum UserState {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(UserState, {
  name: 'UserState',
  description: 'Whether a person may sign in (账号状态).',
  valuesConfig: {
    INVITED: { description: 'Invited: has not yet set a password or signed in with single sign-on (已邀请).' },
    ACTIVE: { description: 'May sign in (正常).' },
    DISABLED: { description: 'Disabled: every session ended, sign-in refused (已停用).' },
  },
});

/** The roles a person may hold; PARTNER belongs to API keys, ANONYMOUS to nobody. */
export const PERSON_ROLES = [Role.ADMIN, Role.OFFICER, Role.DESK, Role.ANALYST, Role.ENTERPRISE] as const;

/** A law-enforcement qualification (执法资格): the certificate and the inspection fields it covers. */
export interface Qualification {
  certificateNumber: string;
  fields: string[];
  /** ISO date (yyyy-mm-dd) after which the certificate no longer holds; null when it does not expire. */
  validUntil: string | null;
}

/**
 * A person who signs in: staff of the office and its departments, chain desks, analysts, enterprises' own users.
 * Roles and scopes live here and are copied into the short-lived access tokens; `authVersion` moves whenever they
 * or the state change, so that tokens issued before are refused at once.
 */
@Entity({ tableName: 'app_user' })
@Unique({ properties: ['oidcIssuer', 'oidcSubject'] })
@ObjectType({ implements: Node, description: 'A person with an account on the platform (用户).' })
export class User extends BaseEntity<'state' | 'roles' | 'chains' | 'qualifications' | 'failedSignIns' | 'authVersion'> {
  /** How the person signs in with a password: lower case, unique. */
  @Field(() => String, { description: 'The name the person signs in with, lower case and unique (登录名).' })
  @Property({ type: 'string', length: 100, unique: true })
  login!: string;

  @Field(() => String, { description: "The person's name as colleagues know it (姓名)." })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 200, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 30, nullable: true })
  phone: string | null = null;

  @Field(() => UserState, { description: 'Whether the person may sign in.' })
  @Enum({ items: () => UserState })
  state: UserState = UserState.INVITED;

  @Field(() => [Role], { description: 'The roles the person holds; a session acts in one of them at a time (角色).' })
  @Property({ type: 'array', columnType: 'text[]' })
  roles: Role[] = [];

  /** OFFICER: the code of the department the person works for. */
  @Field(() => String, { nullable: true, description: 'OFFICER: the code of the department the person works for (所属部门).' })
  @Property({ type: 'string', length: 60, nullable: true })
  department: string | null = null;

  /** DESK: the chain codes the person's desk configures. */
  @Field(() => [String], { description: "DESK: the chains the person's desk configures, in scope form (lower case, hyphens); empty otherwise." })
  @Property({ type: 'array', columnType: 'text[]' })
  chains: string[] = [];

  /** ENTERPRISE: the unified social credit code of the enterprise the person acts for. */
  @Field(() => String, { nullable: true, description: 'ENTERPRISE: the unified social credit code of the enterprise the person acts for.' })
  @Property({ type: 'string', length: 18, nullable: true })
  enterpriseUscc: string | null = null;

  @Property({ type: 'json' })
  qualifications: Qualification[] = [];

  @Property({ type: 'string', length: 300, nullable: true })
  oidcIssuer: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  oidcSubject: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the local password was last set; null when the person has none (single sign-on only).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null = null;

  @Property({ type: 'integer' })
  failedSignIns = 0;

  @Field(() => Date, { nullable: true, description: 'Until when sign-in with the password is refused after repeated failures (锁定至).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  /** The second factor's secret, sealed with the server's key (see secret-box.ts). */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  totpSecret: string | null = null;

  @Field(() => Date, { nullable: true, description: "Since when sign-in with the password also asks for an authenticator app's code (双因素认证)." })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null = null;

  /** The last time step a second-factor code was accepted for, so that a code is never accepted twice. */
  @Property({ type: 'bigint', nullable: true, hidden: true })
  totpLastStep: string | null = null;

  @Property({ type: 'integer' })
  authVersion = 1;

  @Field(() => Date, { nullable: true, description: 'When the person last signed in.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the account was disabled, as the administrator wrote it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  disabledReason: string | null = null;

  /** Roles, scopes or state changed: tokens issued before are refused, the next refresh carries the change. */
  changeAccess(): void {
    this.authVersion += 1;
  }
}
