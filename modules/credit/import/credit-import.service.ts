import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse, type Info } from 'csv-parse/sync';
import { coerceInputValue, getNamedType, GraphQLError, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../../platform/context';
import { type UserError, UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../../platform/errors/user-error';
import { toGlobalId } from '../../platform/relay/global-id';
import { inputPolicyErrors } from '../../platform/validation/input-policy';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { CREDIT_RECORD_KINDS, type CreditRecordKind, type CreditRecordKindCode } from '../records/credit-record-kinds';
import { CreditScoringService } from '../scoring/scoring.service';

export interface ImportRowProblem {
  /** Line of the CSV file where the row starts, the header being line 1. */
  line: number;
  field: string[];
  code: UserErrorCode;
  message: string;
}

export interface ImportResult {
  imported: number;
  rejected: ImportRowProblem[];
}

/**
 * A CSV row as the kind's GraphQL input would receive it: typed by the input type of the schema and coerced by
 * GraphQL itself (dates, decimals, enums, integers, required fields), so that a row is checked exactly like the
 * arguments of the single mutation. Problems come back as row errors.
 */
function rowInput(
  row: Record<string, string>,
  enterpriseId: string,
  inputType: GraphQLInputObjectType,
): { input?: Record<string, unknown>; problems: Array<{ field: string[]; code: UserErrorCode; message: string }> } {
  const raw: Record<string, unknown> = { enterpriseId };
  const fields = inputType.getFields();
  const problems: Array<{ field: string[]; code: UserErrorCode; message: string }> = [];
  for (const [column, value] of Object.entries(row)) {
    if (column === 'uscc' || value === '') continue;
    const field = fields[column];
    if (!field) {
      problems.push({ field: [column], code: UserErrorCode.INVALID_FORMAT, message: `The ${inputType.name} has no field ${column}.` });
      continue;
    }
    const type = getNamedType(field.type);
    raw[column] =
      type.name === 'Int' && /^-?\d+$/.test(value)
        ? Number(value)
        : type.name === 'Boolean' && /^(true|false)$/i.test(value)
          ? value.toLowerCase() === 'true'
          : value;
  }
  const input = coerceInputValue(raw, inputType, (path, _invalid, error) => {
    const field = path.length > 0 ? path.map(String) : [String(error.message.match(/Field "([^"]+)"/)?.[1] ?? '')].filter(Boolean);
    const code = /required/i.test(error.message) ? UserErrorCode.REQUIRED : UserErrorCode.INVALID_FORMAT;
    problems.push({ field, code, message: error.message });
  }) as Record<string, unknown>;
  return problems.length > 0 ? { problems } : { input: { ...input }, problems };
}

/** A data row of the CSV: its values by column, and the line of the file where it starts, the header being line 1. */
interface CsvRow {
  line: number;
  values: Record<string, string>;
}

const CR = 0x0d;
const LF = 0x0a;
const BLANK = new Set([CR, LF, 0x20, 0x09]);

/**
 * Parses the CSV and tells on which line of the file each row starts. A UTF-8 byte order mark (as Excel writes
 * it) is dropped, and blank lines are skipped. csv-parse gives each record the byte offset just past it
 * (`info.bytes`, counted from the start of the file, mark included); the next row starts at the first character
 * after it that is not blank, on the line after as many line breaks (CR LF, LF or a lone CR) as come before it.
 * So blank lines and line breaks inside quoted values count as an editor counts them. (`info.lines` is not used:
 * it is the line where a record ends, and counts a CR LF inside quotes twice.)
 */
function readCsv(csv: string): { header: string[]; rows: CsvRow[] } {
  const bytes = Buffer.from(csv, 'utf8');
  const records = parse(bytes, { bom: true, skip_empty_lines: true, trim: true, info: true }) as Array<{ record: string[]; info: Info }>;
  if (records.length === 0) return { header: [], rows: [] };
  const header = records[0].record;
  const rows: CsvRow[] = [];
  let position = 0;
  let line = 1;
  const pass = (to: number) => {
    for (; position < to; position += 1) if (bytes[position] === LF || (bytes[position] === CR && bytes[position + 1] !== LF)) line += 1;
  };
  for (const [index, { record }] of records.entries()) {
    if (index === 0) continue;
    pass(records[index - 1].info.bytes);
    while (position < bytes.length && BLANK.has(bytes[position])) pass(position + 1);
    rows.push({ line, values: Object.fromEntries(header.map((column, at) => [column, record[at] ?? ''])) });
  }
  return { header, rows };
}

/**
 * Imports credit records of one kind from CSV (a `uscc` column names the enterprise, the other columns are the
 * fields of the kind's record mutation). Each row is checked and written exactly as the single mutation would,
 * in a savepoint of its own: a bad row is reported with its line and writes nothing, and the others go in.
 * The scores of the enterprises concerned are recomputed at the end, in one pass.
 */
export async function importCreditRecords(
  context: GraphQLContext,
  em: EntityManager,
  kindCode: CreditRecordKindCode,
  csv: string,
  schema: GraphQLSchema,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const kind = CREDIT_RECORD_KINDS[kindCode] as unknown as CreditRecordKind<object, { enterpriseId: string }>;
  const inputType = schema.getType(kind.input.name) as GraphQLInputObjectType;
  let header: string[];
  let rows: CsvRow[];
  try {
    ({ header, rows } = readCsv(csv));
  } catch (error) {
    throw new UserErrorsException([userError(['input', 'csv'], UserErrorCode.INVALID_FORMAT, `The CSV cannot be read: ${(error as Error).message}`)]);
  }
  if (header.length > 0 && !header.includes('uscc'))
    throw new UserErrorsException([userError(['input', 'csv'], UserErrorCode.REQUIRED, 'The CSV needs a uscc column.')]);

  const enterprises = new Map(
    (await em.find(Enterprise, { uscc: { $in: rows.map((row) => row.values.uscc) } })).map((enterprise) => [enterprise.uscc, enterprise]),
  );
  const rejected: ImportRowProblem[] = [];
  const touched = new Set<string>();
  let imported = 0;
  for (const [index, { line, values: row }] of rows.entries()) {
    const enterprise = enterprises.get(row.uscc);
    const reject = (field: string[], code: UserErrorCode, message: string) => rejected.push({ line, field, code, message });
    if (!enterprise) {
      reject(['uscc'], UserErrorCode.NOT_FOUND, `No enterprise has the credit code ${row.uscc}.`);
    } else {
      const { input, problems } = rowInput(row, toGlobalId('Enterprise', enterprise.id), inputType);
      for (const problem of problems) reject(problem.field, problem.code, problem.message);
      // The same input policy as the single mutation's: lengths, NUL and lone surrogates, number ranges.
      const refused = input ? inputPolicyErrors(schema, kind.mutation, { input }) : [];
      for (const problem of refused) reject(problem.field.slice(1), problem.code, problem.message);
      if (input && refused.length === 0)
        try {
          await em.transactional(async (savepoint) => {
            kind.assertWriter(context.principal, input as never);
            const errors = new UserErrorCollector();
            const record = await kind.build(input as never, enterprise, errors, context, savepoint as EntityManager);
            errors.throwIfAny();
            savepoint.persist(record);
            await savepoint.flush();
          });
          imported += 1;
          touched.add(enterprise.id);
        } catch (error) {
          if (error instanceof UserErrorsException) {
            for (const problem of error.userErrors)
              reject(
                problem.field.filter((part) => part !== 'input'),
                problem.code,
                problem.message,
              );
          } else if (error instanceof UniqueConstraintViolationException) {
            // A row that lost a race with another writer of the same record, answered as the single mutation does.
            reject(kind.taken ? [kind.taken.field] : [], UserErrorCode.TAKEN, kind.taken?.message ?? 'The record exists already.');
          } else if (error instanceof GraphQLError && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(error.extensions.code))) {
            reject([], UserErrorCode.NOT_PERMITTED, error.message);
          } else if (error instanceof DriverException) {
            // Whatever slipped past the checks and the database refused stays this row's problem alone.
            reject([], UserErrorCode.INVALID_FORMAT, 'The database refused the row’s values.');
          } else {
            throw error;
          }
        }
    }
    onProgress?.(index + 1, rows.length);
  }
  if (touched.size > 0) await new CreditScoringService(context.platform).recompute(em, [...touched]);
  return { imported, rejected };
}

/**
 * An import none of whose rows went in is refused as a whole: nothing was written, so, as for any mutation, the
 * payload carries a userError (NO_ROW_ACCEPTED on the csv), and the audit log records the call as REJECTED. The rows'
 * reasons stay in the row report. An import of which some rows went in succeeds, with the others reported.
 */
export function refusalOf(result: ImportResult): UserError | null {
  if (result.imported > 0 || result.rejected.length === 0) return null;
  const rows = new Set(result.rejected.map((problem) => problem.line)).size;
  return userError(
    ['input', 'csv'],
    UserErrorCode.NO_ROW_ACCEPTED,
    `No row was imported: ${rows === 1 ? 'the only row was' : `all ${rows} rows were`} refused; see the rejected rows for why.`,
  );
}
