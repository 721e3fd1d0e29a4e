import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../database/base.entity';
import { Node } from '../relay/node.interface';
import { Role } from '../auth/principal';

export enum AuditOutcome {
  SUCCEEDED = 'SUCCEEDED',
  REJECTED = 'REJECTED',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}

registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'How a mutation ended.',
  valuesConfig: {
    SUCCEEDED: { description: 'Applied.' },
    REJECTED: { description: 'Refused with userErrors; nothing was written.' },
    DENIED: { description: 'Refused for lack of authentication or permission.' },
    FAILED: { description: 'Ended with an internal or request error; nothing was written.' },
  },
});

/** One mutation call: who, what, on which objects, when and with what outcome. Append-only. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType({ implements: Node, description: 'A record of one mutation call (审计日志).' })
export class AuditEntry extends BaseEntity {
  @Field(() => Role, { description: 'Role of the caller.' })
  @Enum({ items: () => Role })
  actorRole!: Role;

  @Field(() => String, { description: 'Subject of the caller (token subject or api-key:<id>).' })
  @Index()
  @Property({ type: 'string', length: 200 })
  actorSubject!: string;

  @Field(() => String, { description: 'The mutation field that was called, e.g. enterpriseRegister.' })
  @Index()
  @Property({ type: 'string', length: 100 })
  operation!: string;

  @Field(() => [String], { description: 'Global ids of the objects the mutation named or returned.' })
  @Property({ type: 'json' })
  targetIds: string[] = [];

  @Field(() => AuditOutcome, { description: 'How the call ended.' })
  @Enum({ items: () => AuditOutcome })
  outcome!: AuditOutcome;

  @Field(() => [String], { description: 'Codes of the userErrors or error that ended the call; empty on success.' })
  @Property({ type: 'json' })
  errorCodes: string[] = [];

  @Field(() => String, { description: 'Id of the HTTP request, as in the logs and the x-request-id header.' })
  @Property({ type: 'string', length: 100 })
  requestId!: string;
}
