import { LocalDateScalar } from '../platform/scalars/local-date';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../platform/scalars/decimal';
import { ChainCode } from '../one-category/chain-code';

@ObjectType({ description: 'The credit indicators of a period, for all enterprises or one chain’s.' })
export class CreditIndicators {
  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period, included.' })
  to!: string;

  @Field(() => ChainCode, { nullable: true, description: 'The chain the figures are limited to; null for all enterprises.' })
  chain!: string | null;

  @Field(() => Int, { description: 'Enterprises with a score computed by the end of the period.' })
  enterprisesScored!: number;

  @Field(() => Float, { nullable: true, description: 'Good-or-better rate (优良率); frontier 85%.' })
  goodOrBetterRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Poor rate (不良率); frontier 4%, lower is better.' })
  poorRate!: number | null;

  @Field(() => Int, { description: 'Repairs decided in the period.' })
  repairsHandled!: number;

  @Field(() => Float, { nullable: true, description: 'Share of them decided within the configured working days.' })
  repairsOnTimeRate!: number | null;

  @Field(() => Int, { description: 'Credit loans approved in the period.' })
  loansApproved!: number;

  @Field(() => DecimalScalar, { description: 'Their amount in yuan.' })
  loanAmount!: string;

  @Field(() => Boolean, {
    description:
      'Whether a working-day count behind these figures includes days of a provisional calendar year: the figure rests on an estimate until that year is published.',
  })
  provisionalCalendar!: boolean;
}
