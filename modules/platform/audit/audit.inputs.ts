import { Field, InputType } from 'type-graphql';
import { AuditOutcome } from './audit-entry.entity';

@InputType({ description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditEntryFilter {
  @Field(() => String, { nullable: true, description: 'Only calls by this subject.' })
  actorSubject?: string | null;

  @Field(() => String, { nullable: true, description: 'Only calls of this mutation, e.g. enterpriseRegister.' })
  operation?: string | null;

  @Field(() => AuditOutcome, { nullable: true, description: 'Only calls with this outcome.' })
  outcome?: AuditOutcome | null;

  @Field(() => String, { nullable: true, description: 'Only calls that named or returned this global id.' })
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only calls at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only calls before this instant.' })
  to?: Date | null;
}
