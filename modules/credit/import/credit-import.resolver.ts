import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, Info, InputType, Int, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { MutationPayload, runMutation } from '../../platform/errors/mutation';
import { UserErrorCode } from '../../platform/errors/user-error';
import { CREDIT_RECORD_KINDS, type CreditRecordKindCode } from '../records/credit-records.resolvers';
import { importCreditRecords } from './credit-import.service';

export const CreditRecordKindEnum = Object.fromEntries(Object.keys(CREDIT_RECORD_KINDS).map((code) => [code, code])) as Record<
  CreditRecordKindCode,
  CreditRecordKindCode
>;

registerEnumType(CreditRecordKindEnum, {
  name: 'CreditRecordKind',
  description: 'A kind of credit record, as the import names it; its CSV columns are the fields of its record mutation.',
});

@InputType({ description: 'A CSV file of credit records of one kind.' })
export class CreditRecordsImportInput {
  @Field(() => CreditRecordKindEnum, { description: 'Kind of the records.' })
  kind!: CreditRecordKindCode;

  @Field(() => String, { description: 'The CSV text, with a header line: uscc, then the fields of the kind’s record mutation.' })
  csv!: string;
}

@ObjectType({ description: 'A row the import rejected, with why.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line of the file, the header being line 1.' })
  line!: number;

  @Field(() => [String], { description: 'Column at fault; empty when the row as a whole was refused.' })
  field!: string[];

  @Field(() => UserErrorCode, { description: 'Stable code.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'What is wrong.' })
  message!: string;
}

@ObjectType({ description: 'Result of creditRecordsImport.' })
export class CreditRecordsImportPayload extends MutationPayload {
  @Field(() => Int, { description: 'Rows written.' })
  imported: number = 0;

  @Field(() => [ImportRowError], { description: 'Rows rejected; each wrote nothing and stopped nothing else.' })
  rejected: ImportRowError[] = [];
}

@Resolver()
export class CreditImportResolver {
  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => CreditRecordsImportPayload, {
    description:
      'Imports credit records of one kind from CSV; every row follows the rules of the single record mutation, bad rows are reported by line.',
  })
  creditRecordsImport(
    @Arg('input', () => CreditRecordsImportInput) input: CreditRecordsImportInput,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(context, CreditRecordsImportPayload, async (em) => {
      const result = await importCreditRecords(context, em, input.kind, input.csv, info.schema);
      return { imported: result.imported, rejected: result.rejected.map((problem) => Object.assign(new ImportRowError(), problem)) };
    });
  }
}
