import { createHash, randomBytes } from 'node:crypto';
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../database/base.entity';
import { Node } from '../relay/node.interface';
import { Role } from './principal';

const KEY_PREFIX = 'esg_';

/** A partner's API key. Only its SHA-256 digest is stored; the secret is shown once, at creation. */
@Entity({ tableName: 'api_key' })
@ObjectType({ implements: Node, description: 'An API key with which a partner system calls the graph (合作方接口密钥).' })
export class ApiKey extends BaseEntity {
  @Field(() => String, { description: 'Name that says which partner and system the key belongs to.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Role, { description: 'Role granted to calls made with the key.' })
  @Enum({ items: () => Role })
  role: Role = Role.PARTNER;

  @Field(() => String, { description: 'The first characters of the key, to recognise it without revealing it.' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  secretDigest!: string;

  @Field(() => String, { description: 'Subject of the principal that created the key.' })
  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; revoked keys are refused.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the key was last used to call the graph.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  static digest(secret: string): string {
    return createHash('sha256').update(secret).digest('hex');
  }

  /** Issues a new key; returns the entity and the secret that the caller must show once. */
  static issue(name: string, role: Role, createdBy: string): { key: ApiKey; secret: string } {
    const secret = KEY_PREFIX + randomBytes(24).toString('base64url');
    const key = new ApiKey();
    key.name = name;
    key.role = role;
    key.createdBy = createdBy;
    key.prefix = secret.slice(0, 10);
    key.secretDigest = ApiKey.digest(secret);
    return { key, secret };
  }

  get isRevoked(): boolean {
    return this.revokedAt !== null;
  }
}
