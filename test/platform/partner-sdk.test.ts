import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePartnerSdk } from '../../modules/platform/cli/partner-sdk';
import { Role } from '../../modules/platform/auth/principal';
import { TestApp } from '../support/test-app';

/** `npm run sdk`: a partner's typed client from the live server, with the partner's own operations. */
describe('the partner SDK generator', () => {
  let app: TestApp;
  let folder: string;

  beforeAll(async () => {
    app = await TestApp.start();
    folder = mkdtempSync(join(tmpdir(), 'partner-sdk-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app?.stop();
  });

  it('writes the schema, its types and typed operations from the server, signed in', async () => {
    writeFileSync(
      join(folder, 'lookup.graphql'),
      'query EnterpriseLookup($uscc: String!) { enterpriseByUscc(uscc: $uscc) { id name creditScore { score grade } } }\n',
    );
    const files = await generatePartnerSdk({
      url: `${app.url}/graphql`,
      token: await app.token(Role.PARTNER),
      out: join(folder, 'sdk'),
      documents: join(folder, '*.graphql'),
    });
    expect(files.map((file) => file.slice(folder.length))).toEqual(['/sdk/schema.graphql', '/sdk/graphql.ts']);
    expect(readFileSync(files[0], 'utf8')).toContain('type Enterprise implements Node');
    const types = readFileSync(files[1], 'utf8');
    expect(types).toContain('export type EnterpriseLookupQuery');
    expect(types).toContain('export const EnterpriseLookupDocument');
    expect(types).toMatch(/grade: CreditGrade/);
  });

  it('says clearly when the address is not a GraphQL server', async () => {
    await expect(generatePartnerSdk({ url: `${app.url}/healthz`, out: join(folder, 'none') })).rejects.toThrow(
      /did not answer the introspection query/,
    );
  });
});
