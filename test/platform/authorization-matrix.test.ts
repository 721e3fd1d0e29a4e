import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { AccessRule } from '../../modules/platform/auth/auth-checker';
import { Role } from '../../modules/platform/auth/principal';
import type { ModuleDescriptor } from '../../modules/platform/module';
import { scopeOf } from '../../modules/one-category/chain-definition';
import type { Credentials, GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { subscriptionClient, subscriptionOutcome } from '../support/subscription-client';
import { SEEDING_TIMEOUT, TestApp, type TokenScope, SHARED_DEMO } from '../support/test-app';
import { ROOT_FIELD_RULES, type RootFieldRule, type ScopedRole } from './authorization-matrix.rules';
import { SCALAR_SAMPLES } from '../support/scalar-samples';

/**
 * The authorization matrix, generated from the live schema: every root field (queries, mutations, and subscriptions
 * should the graph ever have them) × every caller (anonymous, each role with a matching scope, each scoped role with
 * a wrong one), sent with plausible arguments and classified as ALLOWED (the call got past authorization: data,
 * userErrors, or an error of the resolver's own such as NOT_FOUND or BAD_USER_INPUT) or REFUSED (UNAUTHENTICATED or
 * FORBIDDEN on the field). Every mutation is also sent, by the callers its rule refuses, with a NUL character in a
 * text: authorization comes first, so they must still be refused rather than told what is wrong with the input.
 *
 * The expected cell comes from the declared rules, never from the answers: the roles of the root field's
 * `@Authorized` in type-graphql's metadata (none listed: anyone signed in), narrowed for the fields of a chain module
 * to that chain's desk, and, for a field whose rule the metadata cannot say (no `@Authorized`, a scope test, a
 * middleware, a resolver that narrows by scope), the entry of ROOT_FIELD_RULES. A root field with neither fails the
 * matrix by name: a new module's fields are covered without an edit here, and none is public by omission.
 */

type Outcome = 'ALLOWED' | 'REFUSED';
type Kind = 'query' | 'mutation' | 'subscription';

/** A root field's expected access for callers with a matching scope, and which scoped roles a wrong scope costs access. */
interface Expectation {
  allowed: 'public' | 'authenticated' | Role[];
  refusedOutOfScope: ScopedRole[];
  department: string | null;
  /** The chain a chain module's field belongs to (its desk matches), or null. */
  chain: string | null;
  /** Whether a partner needs the enterprise's partner authorization, which the matrix's partner key never has. */
  partnerNeedsAuthorization: boolean;
  source: string;
}

interface Caller {
  label: string;
  role: Role;
  /** False for an officer of another department, a desk of another chain, an enterprise user of another enterprise. */
  inScope: boolean;
}

interface Cell {
  field: string;
  kind: Kind;
  caller: Caller;
  expected: Outcome;
  /** Where the expectation comes from: the declared roles, the chain module, the table's reason. */
  rule: string;
  actual: Outcome | 'FAULT' | 'INVALID';
  status: number;
  code: unknown;
  answer: string;
}

const CALLERS: Caller[] = [
  { label: 'anonymous', role: Role.ANONYMOUS, inScope: true },
  { label: 'ADMIN', role: Role.ADMIN, inScope: true },
  { label: 'OFFICER', role: Role.OFFICER, inScope: true },
  { label: 'DESK', role: Role.DESK, inScope: true },
  { label: 'ANALYST', role: Role.ANALYST, inScope: true },
  { label: 'ENTERPRISE', role: Role.ENTERPRISE, inScope: true },
  { label: 'PARTNER (API key)', role: Role.PARTNER, inScope: true },
  { label: 'OFFICER of another department', role: Role.OFFICER, inScope: false },
  { label: 'DESK of another chain', role: Role.DESK, inScope: false },
  { label: 'ENTERPRISE of another enterprise', role: Role.ENTERPRISE, inScope: false },
];

const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** The objects of the seeded data the arguments point at, so that a matching scope matches and a wrong one does not. */
interface World {
  enterpriseId: string;
  uscc: string;
  otherUscc: string;
  /** The default matching department: one that has a task in the case. */
  department: string;
  caseDepartments: string[];
  allDepartments: string[];
  chainCodes: string[];
  /** Global ids of objects by GraphQL type, for the id arguments of queries that return that type. */
  idsByType: Record<string, string>;
}

interface FieldContext {
  world: World;
  chainCode: string;
  department: string;
  returnType: string;
  kind: Kind;
  /** Whether an ENTERPRISE is among the allowed callers. */
  enterpriseActs: boolean;
}

/** A value for an argument or input field: the world's own by name (credit code, department, chain), else a sample. */
function sample(type: GraphQLInputType, name: string, context: FieldContext, seen: Set<string>): unknown {
  const named = getNullableType(type);
  if (isListType(named)) return [sample(named.ofType, name, context, seen)];
  if (isEnumType(named)) return named.name === 'ChainCode' ? context.chainCode : named.getValues()[0].name;
  if (isScalarType(named)) {
    // An enterprise's own id where an ENTERPRISE may act or a query names one, so that acting for another one is tried.
    if (named.name === 'ID' && name === 'enterpriseId' && (context.enterpriseActs || context.kind === 'query')) return context.world.enterpriseId;
    if (named.name === 'ID' && context.kind === 'query') return context.world.idsByType[context.returnType] ?? SCALAR_SAMPLES.ID;
    // Ids of nothing elsewhere.
    if (named.name === 'String' && /^(uscc|enterpriseUscc)$/.test(name)) return context.world.uscc;
    if (named.name === 'String' && /^(departmentCode|department)$/.test(name)) return context.department;
    // Chains a policy targets: the chain whose desk the matrix calls as.
    if (named.name === 'String' && name === 'chains') return context.chainCode;
    return SCALAR_SAMPLES[named.name] ?? 'sample';
  }
  if (!isInputObjectType(named) || seen.has(named.name)) return null;
  const inner = new Set(seen).add(named.name);
  return Object.fromEntries(
    Object.values(named.getFields())
      .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
      .map((field) => [field.name, sample(field.type, field.name, context, inner)]),
  );
}

/** The path to the first text (String or ID) that `sample` fills in an argument, lists entered at their first item. */
function firstTextPath(type: GraphQLInputType, path: string[], seen: Set<string>): string[] | null {
  const named = getNullableType(type);
  if (isListType(named)) return firstTextPath(named.ofType, [...path, '0'], seen);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' ? path : null;
  if (!isInputObjectType(named) || seen.has(named.name)) return null;
  const inner = new Set(seen).add(named.name);
  for (const field of Object.values(named.getFields())) {
    if (!isNonNullType(field.type) || field.defaultValue !== undefined) continue;
    const found = firstTextPath(field.type, [...path, field.name], inner);
    if (found) return found;
  }
  return null;
}

/** A copy of `variables` with `value` at `path`. */
function withValueAt(variables: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  let holder = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
  holder[path[path.length - 1]] = value;
  return copy;
}

function documentFor(kind: Kind, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined);
  const variables = args.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
  const passed = args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const returned = getNamedType(field.type);
  let selection = '';
  if (!isLeafType(returned))
    selection = isObjectType(returned) && returned.getFields().userErrors ? '{ __typename userErrors { field code } }' : '{ __typename }';
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}

function classify(field: string, response: GraphQLResponse<unknown>): { outcome: Cell['actual']; code: unknown } {
  const errors = response.errors ?? [];
  const internal = errors.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (response.status >= 500 || internal) return { outcome: 'FAULT', code: internal?.extensions?.code ?? response.status };
  const onField = errors.filter((error) => error.path?.length === 1 && error.path[0] === field);
  const refusal = onField.find((error) => REFUSAL_CODES.has(error.extensions?.code as string));
  if (refusal) return { outcome: 'REFUSED', code: refusal.extensions?.code };
  // An error without a path never reached a resolver: the document or its variables were refused (a fault of the matrix,
  // or a subscription, which HTTP does not carry: the matrix then needs the subscription transport).
  const requestError = errors.find((error) => !error.path);
  if (requestError) return { outcome: 'INVALID', code: requestError.extensions?.code ?? response.status };
  return { outcome: 'ALLOWED', code: onField[0]?.extensions?.code ?? null };
}

function expectedOutcome(expectation: Expectation, caller: Caller): Outcome {
  const { allowed } = expectation;
  const roleAllowed = allowed === 'public' || (allowed === 'authenticated' ? caller.role !== Role.ANONYMOUS : allowed.includes(caller.role));
  if (!roleAllowed) return 'REFUSED';
  if (!caller.inScope && expectation.refusedOutOfScope.includes(caller.role as ScopedRole)) return 'REFUSED';
  if (caller.role === Role.PARTNER && expectation.partnerNeedsAuthorization) return 'REFUSED';
  return 'ALLOWED';
}

/**
 * Callers sign in two ways: with development tokens signed by the server's secret, and as people of the user
 * registry, invited with the role and scope, signed in with a password, calling with their session's access token.
 */
type CallerSource = 'development tokens' | 'registry users';

describe.each<CallerSource>(['development tokens', 'registry users'])(
  'authorization matrix: every root field × every caller, signed in with %s',
  (source) => {
    let app: TestApp;
    let schema: GraphQLSchema;
    let world: World;
    let partnerSecret: string;
    const cells: Cell[] = [];
    /** Mutations sent by callers their rule refuses, with a text no mutation accepts (a NUL character). */
    const invalidInputCells: Cell[] = [];
    const ruleProblems: string[] = [];
    const fields: Array<{ kind: Kind; field: GraphQLField<unknown, unknown> }> = [];

    /** The module whose resolver class declares a root field, and the field's `@Authorized` rules and middlewares. */
    function declaration(kind: Kind, name: string) {
      const storage = getMetadataStorage();
      const list = kind === 'query' ? storage.queries : kind === 'mutation' ? storage.mutations : storage.subscriptions;
      const owners = (target: Function) =>
        app.services.modules.filter((module: ModuleDescriptor) =>
          (module.resolvers ?? []).some((resolver) => resolver === target || Object.prototype.isPrototypeOf.call(target, resolver)),
        );
      const found = list.filter((resolver) => resolver.schemaName === name && owners(resolver.target).length > 0);
      if (found.length !== 1) return { problem: `${kind} ${name}: ${found.length} resolver declarations among the enabled modules' resolvers` };
      const [resolver] = found;
      return {
        module: owners(resolver.target)[0],
        roles: resolver.roles as AccessRule[] | undefined,
        middlewares: resolver.middlewares?.length ?? 0,
      };
    }

    /** The expected access of a root field, from its declaration and the table. */
    function expectationOf(kind: Kind, name: string, seen = new Set<string>()): Expectation | string {
      const declared = declaration(kind, name);
      if ('problem' in declared) return declared.problem!;
      const rule: RootFieldRule | undefined = ROOT_FIELD_RULES[name];
      const chain = declared.module.extensions?.chain?.code ?? null;
      // A rule is a role, or a role with a scope test: the roles are declared either way; how a scope narrows them is the
      // table's to say (a wrong scope is otherwise expected to pass, so a narrowing nobody listed fails as unexpected).
      const plainRoles = declared.roles?.map((entry) => (typeof entry === 'string' ? entry : entry.role));
      const readable = plainRoles !== undefined && declared.middlewares === 0;
      if (rule?.sameAs) {
        if (seen.has(rule.sameAs)) return `${name}: sameAs loops through ${rule.sameAs}`;
        const other = expectationOf('query', rule.sameAs, new Set(seen).add(name));
        if (typeof other === 'string') return other;
        return { ...other, source: `same as ${rule.sameAs} (${rule.why})` };
      }
      if (!readable && !rule)
        return (
          `${kind} ${name} (module ${declared.module.name}) has no readable @Authorized rule ` +
          `(${declared.roles === undefined ? 'none' : declared.middlewares > 0 ? 'a middleware' : 'a scope test'}) and no entry in ROOT_FIELD_RULES: ` +
          'declare who may use it, or list it with the reason it is public or how its resolver decides'
        );
      if (readable && rule?.allowed !== undefined)
        return `${kind} ${name} declares @Authorized(${plainRoles!.join(', ')}): ROOT_FIELD_RULES may only narrow it by scope, not restate its roles`;
      const allowed = readable ? (plainRoles!.length === 0 ? 'authenticated' : plainRoles!) : rule!.allowed;
      if (allowed === undefined) return `${kind} ${name}: its ROOT_FIELD_RULES entry must say who is allowed`;
      const refusedOutOfScope = new Set<ScopedRole>(rule?.refusedOutOfScope ?? []);
      // A chain module's fields are its desk's (README: a DESK is scoped to its chains; another desk cannot touch its data).
      if (chain && allowed !== 'public' && (allowed === 'authenticated' || allowed.includes(Role.DESK))) refusedOutOfScope.add(Role.DESK);
      return {
        allowed,
        refusedOutOfScope: [...refusedOutOfScope],
        department: rule?.department ?? null,
        chain,
        partnerNeedsAuthorization: rule?.partnerNeedsAuthorization ?? false,
        source: [
          readable ? `@Authorized(${plainRoles!.join(', ') || 'any signed-in role'})` : null,
          chain ? `chain module ${chain}` : null,
          rule?.why,
        ]
          .filter(Boolean)
          .join('; '),
      };
    }

    beforeAll(async () => {
      app = await TestApp.start({ demo: SHARED_DEMO });
      const admin = await app.clientAs(Role.ADMIN);
      const introspection = await admin.raw<IntrospectionQuery>(getIntrospectionQuery());
      schema = buildClientSchema(introspection.data!);

      const created = await admin.raw<{ apiKeyCreate: { secret: string | null; userErrors: unknown[] } }>(
        'mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret userErrors { code } } }',
        { input: { name: 'authorization matrix partner' } },
      );
      partnerSecret = created.data!.apiKeyCreate.secret!;

      // The world: an enterprise with a case, a department with a task in it, and the objects' global ids.
      const em = app.services.orm.em.fork();
      const [subject] = await em.execute<Array<{ uscc: string; number: string; department: string }>>(
        `select e.uscc, c.number, min(d.code) as department from service_case c join enterprise e on e.id = c.enterprise_id
         join task t on t.case_id = c.id join department d on d.id = t.department_id
        group by e.uscc, c.number order by c.number limit 1`,
      );
      const [other] = await em.execute<Array<{ uscc: string }>>('select uscc from enterprise where uscc <> ? order by uscc limit 1', [subject.uscc]);
      const caseDepartments = await em.execute<Array<{ code: string }>>(
        `select distinct d.code from service_case c join task t on t.case_id = c.id join department d on d.id = t.department_id where c.number = ?`,
        [subject.number],
      );
      const allDepartments = await em.execute<Array<{ code: string }>>('select code from department order by code');
      const ids = await admin.raw<{ enterpriseByUscc: { id: string; cases: { nodes: Array<{ id: string; number: string }> } } }>(
        'query($uscc: String!) { enterpriseByUscc(uscc: $uscc) { id cases(first: 50) { nodes { id number } } } }',
        { uscc: subject.uscc },
      );
      const enterprise = ids.data!.enterpriseByUscc;
      const serviceCase = enterprise.cases.nodes.find((node) => node.number === subject.number)!;
      const chainCode = schema.getType('ChainCode');
      world = {
        enterpriseId: enterprise.id,
        uscc: subject.uscc,
        otherUscc: other.uscc,
        department: subject.department,
        caseDepartments: caseDepartments.map((row) => row.code),
        allDepartments: allDepartments.map((row) => row.code),
        chainCodes: isEnumType(chainCode) ? chainCode.getValues().map((value) => value.name) : [],
        idsByType: { Enterprise: enterprise.id, Node: enterprise.id, Case: serviceCase.id },
      };

      for (const [kind, type] of [
        ['query', schema.getQueryType()],
        ['mutation', schema.getMutationType()],
        ['subscription', schema.getSubscriptionType()],
      ] as Array<[Kind, GraphQLObjectType | null | undefined]>) {
        for (const field of Object.values(type?.getFields() ?? {})) fields.push({ kind, field });
      }
      for (const name of Object.keys(ROOT_FIELD_RULES)) {
        if (!fields.some(({ field }) => field.name === name))
          ruleProblems.push(`ROOT_FIELD_RULES lists ${name}, which is no root field of the schema`);
      }

      const people = new Map<string, number>();
      /** A person of the registry with the role and scope, signed in: their session's access token. */
      const registryToken = async (role: Role, scope: TokenScope): Promise<string> => {
        const key = `${role} ${JSON.stringify(scope)}`;
        const serial = people.get(key) ?? people.size;
        people.set(key, serial);
        const login = `matrix.${serial}`;
        const invited = await admin.raw<{ userInvite: { invitationLink: string | null } }>(
          'mutation($input: UserInviteInput!) { userInvite(input: $input) { invitationLink userErrors { code } } }',
          {
            input: {
              login,
              name: `Matrix ${serial}`,
              roles: [role],
              department: scope.department,
              chains: scope.chains,
              enterpriseUscc: scope.enterpriseUscc,
            },
          },
        );
        const link = invited.data!.userInvite.invitationLink;
        if (link) {
          await app.client.raw('mutation($input: UserPasswordSetInput!) { userPasswordSet(input: $input) { userErrors { code } } }', {
            input: { link: new URL(link).hash.replace('#link=', ''), password: 'Matrix-Password-2026' },
          });
        }
        const signed = await app.client.raw<{ sessionSignIn: { session: { accessToken: string } | null; userErrors: unknown[] } }>(
          'mutation($input: SessionSignInInput!) { sessionSignIn(input: $input) { session { accessToken } userErrors { code message } } }',
          { input: { login, password: 'Matrix-Password-2026' } },
        );
        if (!signed.data?.sessionSignIn.session)
          throw new Error(`${login} could not sign in: ${JSON.stringify(signed.data?.sessionSignIn.userErrors)}`);
        return signed.data.sessionSignIn.session.accessToken;
      };
      const tokenFor = (role: Role, scope: TokenScope) => (source === 'registry users' ? registryToken(role, scope) : app.token(role, scope));
      // Promises, so that lanes asking for the same caller at once share one sign-in.
      const clients = new Map<string, Promise<GraphQLClient>>();
      const clientFor = (role: Role, scope: TokenScope): Promise<GraphQLClient> => {
        const key = `${role} ${JSON.stringify(scope)}`;
        if (!clients.has(key)) {
          if (role === Role.ANONYMOUS) clients.set(key, Promise.resolve(app.client));
          else if (role === Role.PARTNER) clients.set(key, Promise.resolve(app.client.as({ apiKey: partnerSecret })));
          else
            clients.set(
              key,
              tokenFor(role, scope).then((token) => app.client.as({ token })),
            );
        }
        return clients.get(key)!;
      };

      /** Sends one root field as every caller, then as the callers its rule refuses with a text no mutation accepts. */
      const probe = async ({ kind, field }: (typeof fields)[number]): Promise<void> => {
        const expectation = expectationOf(kind, field.name);
        if (typeof expectation === 'string') {
          ruleProblems.push(expectation);
          return;
        }
        const chainCode = expectation.chain ?? world.chainCodes[0];
        const otherChain = world.chainCodes.find((code) => code !== chainCode)!;
        const department = expectation.department ?? world.department;
        const otherDepartment = world.allDepartments.find((code) => code !== department && !world.caseDepartments.includes(code))!;
        const context: FieldContext = {
          world,
          chainCode,
          department,
          returnType: getNamedType(field.type).name,
          kind,
          enterpriseActs: expectedOutcome(expectation, { label: 'ENTERPRISE', role: Role.ENTERPRISE, inScope: true }) === 'ALLOWED',
        };
        const document = documentFor(kind, field);
        const variables = Object.fromEntries(
          field.args
            .filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined)
            .map((argument) => [argument.name, sample(argument.type, argument.name, context, new Set())]),
        );
        const tokenScope = (caller: Caller): TokenScope =>
          ({
            [Role.OFFICER]: { department: caller.inScope ? department : otherDepartment },
            [Role.DESK]: { chains: [scopeOf(caller.inScope ? chainCode : otherChain)] },
            [Role.ENTERPRISE]: { enterpriseUscc: caller.inScope ? world.uscc : world.otherUscc },
          })[caller.role as ScopedRole] ?? {};
        const send = async (caller: Caller, sent: Record<string, unknown>, expected: Outcome): Promise<Cell> => {
          const response =
            kind === 'subscription' ? await subscribe(caller, sent) : await (await clientFor(caller.role, tokenScope(caller))).raw(document, sent);
          const { outcome, code } = classify(field.name, response);
          const answer = JSON.stringify(response.errors ?? response.data).slice(0, 300);
          return { field: field.name, kind, caller, expected, rule: expectation.source, actual: outcome, status: response.status, code, answer };
        };
        // Subscriptions travel over WebSocket: the first answer is a refusal, or the server taking the subscription on.
        const subscribe = async (caller: Caller, sent: Record<string, unknown>) => {
          const credentials: Credentials =
            caller.role === Role.ANONYMOUS
              ? null
              : caller.role === Role.PARTNER
                ? { apiKey: partnerSecret }
                : { token: await tokenFor(caller.role, tokenScope(caller)) };
          const client = subscriptionClient(app.url, credentials);
          const before = app.services.live.subscriptionsStarted;
          try {
            return await subscriptionOutcome(client, document, sent, () => app.services.live.subscriptionsStarted > before);
          } finally {
            await client.dispose();
          }
        };
        for (const caller of CALLERS) {
          cells.push(await send(caller, variables, expectedOutcome(expectation, caller)));
          // Signing out ends a registry person's session: the next field signs them in afresh.
          if (field.name === 'sessionSignOut') clients.clear();
        }

        // Who calls is checked before what is sent: a caller the rule refuses learns nothing of the input's problems.
        const textPath =
          kind === 'mutation' ? field.args.map((argument) => firstTextPath(argument.type, [argument.name], new Set())).find(Boolean) : null;
        if (!textPath) return;
        const refused = [
          CALLERS[0],
          CALLERS.find((caller) => caller.role !== Role.ANONYMOUS && caller.inScope && expectedOutcome(expectation, caller) === 'REFUSED'),
        ];
        for (const caller of refused) {
          if (!caller || expectedOutcome(expectation, caller) !== 'REFUSED') continue;
          const cell = await send(caller, withValueAt(variables, textPath, 'ab\u0000cd'), 'REFUSED');
          invalidInputCells.push({ ...cell, caller: { ...caller, label: `${caller.label} with a NUL character in ${textPath.join('.')}` } });
        }
      };
      // Queries only read: a few at a time. Mutations one after the other, so that no write races another.
      const queries = fields.filter(({ kind }) => kind === 'query');
      const lanes = Array.from({ length: 3 }, async () => {
        for (let next = queries.shift(); next; next = queries.shift()) await probe(next);
      });
      await Promise.all(lanes);
      for (const entry of fields.filter(({ kind }) => kind !== 'query')) await probe(entry);
    }, SEEDING_TIMEOUT);
    afterAll(() => app?.stop());

    const describeCell = (cell: Cell) =>
      `${cell.kind} ${cell.field} as ${cell.caller.label}: expected ${cell.expected} [${cell.rule}], got ${cell.actual} ` +
      `(HTTP ${cell.status}, ${String(cell.code)}) ${cell.answer}`;

    it('knows the rule of every root field: declared with @Authorized or listed in ROOT_FIELD_RULES', () => {
      expect(fields.length).toBeGreaterThan(90);
      expect(ruleProblems).toEqual([]);
    });

    it('sends every root field as every caller, with arguments the server accepts', () => {
      expect(cells.length).toBe((fields.length - ruleProblems.filter((problem) => !problem.startsWith('ROOT_FIELD_RULES')).length) * CALLERS.length);
      expect(cells.filter((cell) => cell.actual === 'INVALID').map(describeCell)).toEqual([]);
    });

    it('never answers with an internal error or an HTTP 5xx', () => {
      expect([...cells, ...invalidInputCells].filter((cell) => cell.actual === 'FAULT').map(describeCell)).toEqual([]);
    });

    it('lets no caller in where the rules refuse it', () => {
      expect(cells.filter((cell) => cell.expected === 'REFUSED' && cell.actual === 'ALLOWED').map(describeCell)).toEqual([]);
    });

    it('refuses a caller the rules refuse before it looks at the input: no userErrors for a NUL character, only the refusal', () => {
      expect(invalidInputCells.length).toBeGreaterThan(40);
      expect(invalidInputCells.filter((cell) => cell.actual !== 'REFUSED').map(describeCell)).toEqual([]);
    });

    it('refuses no caller the rules allow', () => {
      expect(cells.filter((cell) => cell.expected === 'ALLOWED' && cell.actual === 'REFUSED').map(describeCell)).toEqual([]);
    });

    it('refuses anonymous callers as UNAUTHENTICATED and signed-in ones as FORBIDDEN', () => {
      const wrongCode = cells.filter(
        (cell) => cell.actual === 'REFUSED' && cell.code !== (cell.caller.role === Role.ANONYMOUS ? 'UNAUTHENTICATED' : 'FORBIDDEN'),
      );
      expect(wrongCode.map(describeCell)).toEqual([]);
    });
  },
);
