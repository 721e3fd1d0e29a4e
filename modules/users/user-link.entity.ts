import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity';

export enum UserLinkPurpose {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/** A one-time link an ADMIN issues: to set a first password, or a new one. Only its digest is kept. */
@Entity({ tableName: 'user_link' })
export class UserLink {
  @PrimaryKey({ type: 'string', length: 64 })
  digest!: string;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => UserLinkPurpose })
  purpose!: UserLinkPurpose;

  @Property({ type: 'string', length: 200 })
  issuedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  issuedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
