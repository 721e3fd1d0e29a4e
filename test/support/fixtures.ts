import { EnterpriseRegisterDocument, type EnterpriseRegisterInput } from '../../schema/generated/graphql';
import { buildEnterpriseUscc } from '../../modules/enterprise/uscc';
import type { GraphQLClient } from './graphql-client';

let sequence = 0;

/** A valid, unused credit code for each call. */
export function nextUscc(division = '330822'): string {
  sequence += 1;
  return buildEnterpriseUscc(division, String(70_000_000 + sequence));
}

export function registerInput(overrides: Partial<EnterpriseRegisterInput> = {}): EnterpriseRegisterInput {
  return {
    uscc: nextUscc(),
    name: '常山县天马胡柚饮品有限公司',
    legalRepresentative: '王建国',
    registeredCapital: '5000000.00',
    establishedOn: '2018-05-20',
    industryCode: 'C1523',
    ...overrides,
  };
}

/** Registers an enterprise through the API and fails loudly if that does not work. */
export async function registerEnterprise(admin: GraphQLClient, overrides: Partial<EnterpriseRegisterInput> = {}) {
  const { enterpriseRegister } = await admin.data(EnterpriseRegisterDocument, { input: registerInput(overrides) });
  if (enterpriseRegister.userErrors.length > 0 || !enterpriseRegister.enterprise) {
    throw new Error(`registration failed: ${JSON.stringify(enterpriseRegister.userErrors)}`);
  }
  return enterpriseRegister.enterprise;
}
