import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../platform/errors/mutation';
import { CREDIT_RECORD_KINDS, type CreditRecordKindCode } from '../records/credit-record-kinds';
import { ImportRowError } from './credit-import.types';

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

@ObjectType({ description: 'Result of creditRecordsImport.' })
export class CreditRecordsImportPayload extends MutationPayload {
  @Field(() => Int, { description: 'Rows written.' })
  imported: number = 0;

  @Field(() => [ImportRowError], { description: 'Rows rejected; each wrote nothing and stopped nothing else.' })
  rejected: ImportRowError[] = [];
}
