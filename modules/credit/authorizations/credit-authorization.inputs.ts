import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { range } from '../../platform/validation/number-range';
import { MutationPayload } from '../../platform/errors/mutation';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { CreditAuthorization, CreditLoan, LoanOutcome, RateBand } from './credit-authorization.entity';

@InputType({ description: 'An authorization for a partner to read the detailed credit report.' })
export class CreditAuthorizationGrantInput {
  @Field(() => ID, { description: 'Global id of the authorizing enterprise (the caller itself).' })
  enterpriseId!: string;

  @Field(() => ID, { description: 'Global id of the partner’s API key.' })
  partnerKeyId!: string;

  @Field(() => String, { description: 'What the partner may use the report for.' })
  purpose!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First valid day; today when omitted.' })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { description: 'Last valid day, at most a year on.' })
  validUntil!: string;
}

@ObjectType({ description: 'Result of creditAuthorizationGrant or creditAuthorizationRevoke.' })
export class CreditAuthorizationPayload extends MutationPayload {
  @Field(() => CreditAuthorization, { nullable: true, description: 'The authorization.' })
  authorization: CreditAuthorization | null = null;
}

@InputType({ description: 'Which authorization to revoke.' })
export class CreditAuthorizationRevokeInput {
  @Field(() => ID, { description: 'Global id of the authorization.' })
  id!: string;
}

@InputType({ description: 'A credit loan, recorded by the lending partner.' })
export class CreditLoanRecordInput {
  @Field(() => ID, { description: 'Global id of the borrowing enterprise.' })
  enterpriseId!: string;

  @Field(() => DecimalScalar, { description: 'Amount in yuan.' })
  @Extensions(range(0, 1_000_000_000_000))
  amount!: string;

  @Field(() => Int, { description: 'Term in months, 1 to 360.' })
  // 0 is left to the service's rule (1 to 360), which reports it with the input's other problems.
  @Extensions(range(0, 600))
  termMonths!: number;

  @Field(() => RateBand, { description: 'Rate band.' })
  rateBand!: RateBand;

  @Field(() => LoanOutcome, { description: 'Outcome.' })
  outcome!: LoanOutcome;
}

@ObjectType({ description: 'Result of creditLoanRecord.' })
export class CreditLoanPayload extends MutationPayload {
  @Field(() => CreditLoan, { nullable: true, description: 'The loan.' })
  loan: CreditLoan | null = null;
}
