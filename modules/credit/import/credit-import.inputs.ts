import { Extensions, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../platform/errors/mutation';
import { maxLength } from '../../platform/validation/input-policy';
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

  @Field(() => String, {
    description:
      'The CSV text, with a header line: uscc, then the fields of the kind’s record mutation. UTF-8, with or without a byte order ' +
      'mark (as Excel saves it); blank lines are skipped; a quoted value may span lines.',
  })
  // A whole file: as long as the request body allows, not a column's length.
  @Extensions(maxLength(1_000_000))
  csv!: string;
}

@ObjectType({
  description:
    'Result of creditRecordsImport. userErrors is empty when at least one row went in; it holds REQUIRED or INVALID_FORMAT on ' +
    'input.csv when the file cannot be read or lacks the uscc column, and NO_ROW_ACCEPTED on input.csv when every row was refused ' +
    '(nothing written; rejected then lists each row’s reasons).',
})
export class CreditRecordsImportPayload extends MutationPayload {
  @Field(() => Int, { description: 'Rows written.' })
  imported: number = 0;

  @Field(() => [ImportRowError], {
    description:
      'Rows rejected, by the line of the file where each starts; each wrote nothing and stopped nothing else. Also given when every ' +
      'row was refused and the import as a whole is refused (userErrors NO_ROW_ACCEPTED).',
  })
  rejected: ImportRowError[] = [];
}
