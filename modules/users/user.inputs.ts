import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../platform/errors/mutation';
import { Role } from '../platform/auth/principal';
import { User } from './user.entity';

@InputType({ description: 'A law-enforcement qualification (执法资格) of a person.' })
export class QualificationInput {
  @Field(() => String, { description: 'Number of the law-enforcement certificate (执法证号).' })
  certificateNumber!: string;

  @Field(() => [String], { description: 'Inspection fields the certificate covers, as codes (e.g. environment, market-regulation).' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Last day the certificate holds (yyyy-mm-dd); omitted when it does not expire.' })
  validUntil?: string | null;
}

@ObjectType({ description: 'A law-enforcement qualification (执法资格) of a person.' })
export class Qualification {
  @Field(() => String, { description: 'Number of the law-enforcement certificate (执法证号).' })
  certificateNumber!: string;

  @Field(() => [String], { description: 'Inspection fields the certificate covers.' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Last day the certificate holds (yyyy-mm-dd); null when it does not expire.' })
  validUntil!: string | null;
}

@InputType({ description: 'The scope a role is narrowed by; give the one the role needs.' })
export class UserScopeInput {
  @Field(() => String, { nullable: true, description: 'OFFICER: code of the department the person works for.' })
  department?: string | null;

  @Field(() => [String], { nullable: true, description: 'DESK: the chains the desk configures, in scope form (lower case, hyphens).' })
  chains?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ENTERPRISE: unified social credit code of the enterprise the person acts for.' })
  enterpriseUscc?: string | null;
}

@InputType({ description: 'A person to invite: the account is created INVITED and a one-time link returned to pass on.' })
export class UserInviteInput extends UserScopeInput {
  @Field(() => String, { description: 'The name to sign in with: 3–60 letters, digits, dots, hyphens, underscores or @ (stored in lower case).' })
  login!: string;

  @Field(() => String, { description: "The person's name (姓名)." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address; single sign-on binds the first sign-in to it (with OIDC_MATCH_CLAIM=email).' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone number (11 digits).' })
  phone?: string | null;

  @Field(() => [Role], { description: 'Roles to grant: ADMIN, OFFICER, DESK, ANALYST or ENTERPRISE.' })
  roles!: Role[];

  @Field(() => [QualificationInput], { nullable: true, description: 'Law-enforcement qualifications, for inspectors.' })
  qualifications?: QualificationInput[] | null;
}

@ObjectType({ description: 'Result of userInvite.' })
export class UserInvitePayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: 'The invited person.' })
  user: User | null = null;

  @Field(() => String, { nullable: true, description: 'The one-time link with which the person sets a password; shown only this once.' })
  invitationLink: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the link stops working.' })
  linkExpiresAt: Date | null = null;
}

@InputType({ description: 'A role to grant to a person, with the scope it needs.' })
export class UserRoleGrantInput extends UserScopeInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  id!: string;

  @Field(() => Role, { description: 'The role to grant.' })
  role!: Role;
}

@InputType({ description: 'A role to take away from a person.' })
export class UserRoleRevokeInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  id!: string;

  @Field(() => Role, { description: 'The role to take away.' })
  role!: Role;
}

@InputType({ description: 'A new scope for the roles a person holds; only the parts given change.' })
export class UserScopeChangeInput extends UserScopeInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  id!: string;
}

@InputType({ description: 'The law-enforcement qualifications a person holds, replacing the earlier list.' })
export class UserQualificationsSetInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  id!: string;

  @Field(() => [QualificationInput], { description: 'Every qualification the person holds now; empty to clear.' })
  qualifications!: QualificationInput[];
}

@InputType({ description: 'Which person to disable, and why.' })
export class UserDisableInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  id!: string;

  @Field(() => String, { description: 'Why, e.g. "left the department"; kept with the account.' })
  reason!: string;
}

@InputType({ description: 'Which person.' })
export class UserIdInput {
  @Field(() => ID, { description: 'Global id of the person.' })
  id!: string;
}

@ObjectType({ description: "Result of a change to a person's account." })
export class UserPayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: 'The person as the change left them.' })
  user: User | null = null;
}

@ObjectType({ description: 'Result of userPasswordResetIssue.' })
export class UserPasswordResetIssuePayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: 'The person.' })
  user: User | null = null;

  @Field(() => String, { nullable: true, description: 'The one-time link with which the person sets a new password; shown only this once.' })
  resetLink: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the link stops working.' })
  linkExpiresAt: Date | null = null;
}
