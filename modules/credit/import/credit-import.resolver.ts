import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { runMutation } from '../../platform/errors/mutation';
import { UserErrorsException } from '../../platform/errors/user-error';
import { CreditRecordsImportInput, CreditRecordsImportPayload } from './credit-import.inputs';
import { importCreditRecords, refusalOf } from './credit-import.service';
import { ImportRowError } from './credit-import.types';

@Resolver()
export class CreditImportResolver {
  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => CreditRecordsImportPayload, {
    description:
      'Imports credit records of one kind from CSV; every row follows the rules of the single record mutation, bad rows are reported by ' +
      'the line of the file where they start. When no row goes in (all were refused), the import as a whole is refused: userErrors ' +
      'holds NO_ROW_ACCEPTED on input.csv, rejected still says why each row was refused, and the call is audited as rejected.',
  })
  async creditRecordsImport(
    @Arg('input', () => CreditRecordsImportInput) input: CreditRecordsImportInput,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    let refusedRows: ImportRowError[] = [];
    const payload = await runMutation(context, CreditRecordsImportPayload, async (em) => {
      const result = await importCreditRecords(context, em, input.kind, input.csv, info.schema);
      const rejected = result.rejected.map((problem) => Object.assign(new ImportRowError(), problem));
      const refusal = refusalOf(result);
      if (refusal) {
        // Every row was refused: roll back and answer with a userError, keeping the row report beside it.
        refusedRows = rejected;
        throw new UserErrorsException([refusal]);
      }
      return { imported: result.imported, rejected };
    });
    if (payload.userErrors.length > 0) payload.rejected = refusedRows;
    return payload;
  }
}
