import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { runMutation } from '../../platform/errors/mutation';
import { CreditRecordsImportInput, CreditRecordsImportPayload } from './credit-import.inputs';
import { importCreditRecords } from './credit-import.service';
import { ImportRowError } from './credit-import.types';

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
