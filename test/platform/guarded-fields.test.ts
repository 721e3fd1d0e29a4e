import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { Role } from '../../modules/platform/auth/principal';
import type { TokenScope } from '../support/test-app';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

/**
 * Generated from the live schema: every field of an enterprise, and every field of the objects those return, asked
 * beside the enterprise's name, as every role that reads enterprises. A field a role may be refused must fail
 * alone: its error sits on its own path and the rest of the page (the name, the other enterprises) stays.
 */
function valueAt(data: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((value, key) => (value == null ? value : (value as Record<string | number, unknown>)[key]), data);
}

describe('guarded fields fail alone', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  const scopes: Record<string, TokenScope> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    // What the graph shows of enterprises (cases, credit, chains); the later modules' histories add nothing here.
    await app.seed(30, 5, app.modulesExcept('appeals', 'policies', 'inspections'));
    const introspection = await (await app.clientAs(Role.ADMIN)).raw<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
    const em = app.services.orm.em.fork();
    const [enterprise] = await em.execute<Array<{ uscc: string }>>('select uscc from enterprise order by name limit 1');
    const [department] = await em.execute<Array<{ code: string }>>('select code from department order by code limit 1');
    Object.assign(scopes, {
      [Role.ENTERPRISE]: { enterpriseUscc: enterprise.uscc },
      [Role.OFFICER]: { department: department.code },
      [Role.DESK]: { chains: ['huyou'] },
    });
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  /** Fields that can be asked without arguments, with a selection that is valid for their type. */
  function askable(type: GraphQLObjectType): Array<[GraphQLField<unknown, unknown>, string]> {
    return Object.values(type.getFields())
      .filter((field) => field.args.every((argument) => !isNonNullType(argument.type)))
      .map((field) => [field, isLeafType(getNamedType(field.type)) ? '' : '{ __typename }']);
  }

  /** Each field of Enterprise, and each field one level below it, as a selection on an enterprise. */
  function selections(): string[] {
    const enterprise = schema.getType('Enterprise') as GraphQLObjectType;
    const result: string[] = [];
    for (const [field, selection] of askable(enterprise)) {
      result.push(`${field.name} ${selection}`);
      const named = getNamedType(field.type);
      if (isObjectType(named) && !named.name.endsWith('Connection')) {
        for (const [inner, innerSelection] of askable(named)) result.push(`${field.name} { ${inner.name} ${innerSelection} }`);
      }
    }
    return result;
  }

  const ROLES = [Role.ADMIN, Role.OFFICER, Role.DESK, Role.PARTNER, Role.ANALYST, Role.ENTERPRISE];

  it.each(ROLES)('as %s', async (role) => {
    const client = await app.clientAs(role, scopes[role]);
    const problems: string[] = [];
    let refusals = 0;
    for (const selection of selections()) {
      const response = await client.raw<{ enterprises: { nodes: Array<{ name: string } | null> } | null }>(
        `{ enterprises(first: 3) { nodes { name guarded: ${selection} } } }`,
      );
      if (!response.errors) continue;
      refusals++;
      const nodes = response.data?.enterprises?.nodes;
      const intact = nodes !== undefined && nodes.length > 0 && nodes.every((node) => typeof node?.name === 'string');
      const onItsPath = response.errors.every(
        (error) => error.path?.[0] === 'enterprises' && error.path[1] === 'nodes' && error.path[3] === 'guarded',
      );
      // The object holding the refused field keeps its other fields (a score keeps its grade without its explanation).
      const parentsKept = response.errors.every((error) => valueAt(response.data, (error.path ?? []).slice(0, -1)) != null);
      if (!intact || !onItsPath || !parentsKept)
        problems.push(
          `${selection}: ${response.errors[0].extensions?.code} ${response.errors[0].message} (path ${JSON.stringify(response.errors[0].path)})`,
        );
    }
    expect(problems).toEqual([]);
    // The walk must meet refusals for the roles that have them, or it proves nothing about them.
    if (role === Role.PARTNER) expect(refusals).toBeGreaterThan(0);
  });
});
