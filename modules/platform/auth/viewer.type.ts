import { Field, ObjectType } from 'type-graphql';
import { Role } from './principal';

@ObjectType({ description: 'The caller as the platform sees it: role and scope (当前用户).' })
export class Viewer {
  @Field(() => Role, { description: 'Role of the caller.' })
  role!: Role;

  @Field(() => String, { description: 'Stable identifier of the caller (token subject, or api-key:<id>).' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Display name carried by the credentials.' })
  displayName!: string | null;

  @Field(() => [String], { description: 'Chains a DESK may configure; empty for other roles.' })
  chains!: string[];

  @Field(() => String, { nullable: true, description: 'Department code an OFFICER works for.' })
  department!: string | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code of the enterprise an ENTERPRISE caller acts for.' })
  enterpriseUscc!: string | null;
}
