import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Role } from '../platform/auth/principal';
import { User } from './user.entity';

export enum SignInMethod {
  PASSWORD = 'PASSWORD',
  SINGLE_SIGN_ON = 'SINGLE_SIGN_ON',
}

registerEnumType(SignInMethod, {
  name: 'SignInMethod',
  description: 'How a person signed in (登录方式).',
  valuesConfig: {
    PASSWORD: { description: 'With the local password, and the second factor when enrolled (账号密码).' },
    SINGLE_SIGN_ON: { description: 'With the OpenID Connect identity provider (统一身份认证).' },
  },
});

/** One sign-in of a person: it lives while its refresh tokens are used in time, until sign-out or revocation. */
@Entity({ tableName: 'user_session' })
export class UserSession extends BaseEntity {
  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** The role the session acts in, among the person's roles. */
  @Enum({ items: () => Role })
  role!: Role;

  @Enum({ items: () => SignInMethod })
  method!: SignInMethod;

  /** The session ends if not refreshed by then. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  idleExpiresAt!: Date;

  /** The session ends then, whatever its refreshes. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  revokedReason: string | null = null;
}

/** A refresh token of a session, by its digest: used once, then rotated; a second use ends the session. */
@Entity({ tableName: 'user_refresh_token' })
export class UserRefreshToken {
  @PrimaryKey({ type: 'string', length: 64 })
  digest!: string;

  @Index()
  @ManyToOne(() => UserSession, { ref: true, deleteRule: 'cascade' })
  session!: Ref<UserSession>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  issuedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  rotatedAt: Date | null = null;
}
