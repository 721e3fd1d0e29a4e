import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { coerceInputValue, getNamedType, GraphQLError, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../../platform/context';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../../platform/errors/user-error';
import { toGlobalId } from '../../platform/relay/global-id';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { CREDIT_RECORD_KINDS, type CreditRecordKind, type CreditRecordKindCode } from '../records/credit-record-kinds';
import { CreditScoringService } from '../scoring/scoring.service';

export interface ImportRowProblem {
  /** Line of the CSV file, the header being line 1. */
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
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
  } catch (error) {
    throw new UserErrorsException([userError(['input', 'csv'], UserErrorCode.INVALID_FORMAT, `The CSV cannot be read: ${(error as Error).message}`)]);
  }
  if (rows.length > 0 && !('uscc' in rows[0]))
    throw new UserErrorsException([userError(['input', 'csv'], UserErrorCode.REQUIRED, 'The CSV needs a uscc column.')]);

  const enterprises = new Map(
    (await em.find(Enterprise, { uscc: { $in: rows.map((row) => row.uscc) } })).map((enterprise) => [enterprise.uscc, enterprise]),
  );
  const rejected: ImportRowProblem[] = [];
  const touched = new Set<string>();
  let imported = 0;
  for (const [index, row] of rows.entries()) {
    const line = index + 2;
    const enterprise = enterprises.get(row.uscc);
    const reject = (field: string[], code: UserErrorCode, message: string) => rejected.push({ line, field, code, message });
    if (!enterprise) {
      reject(['uscc'], UserErrorCode.NOT_FOUND, `No enterprise has the credit code ${row.uscc}.`);
    } else {
      const { input, problems } = rowInput(row, toGlobalId('Enterprise', enterprise.id), inputType);
      for (const problem of problems) reject(problem.field, problem.code, problem.message);
      if (input)
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
            reject([], UserErrorCode.TAKEN, 'The record exists already.');
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
