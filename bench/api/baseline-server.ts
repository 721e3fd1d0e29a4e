/**
 * The baseline: what a careful developer writes by hand for the same reads, a node:http server with one SQL
 * statement per request over pg. It checks the same credentials, masks the same personal data, and answers
 * with the same JSON as the graph, so that the benchmark compares like with like.
 *
 *   node dist/bench/api/baseline-server.js   (DATABASE_URL, PORT, JWT_SECRET from the environment)
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { jwtVerify } from 'jose';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = new TextEncoder().encode(process.env.JWT_SECRET ?? '');

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const cursor = (field: string, value: unknown, id: string) => Buffer.from(JSON.stringify({ f: field, v: value, id })).toString('base64url');
const mask = (name: string) => {
  const characters = [...name];
  return characters.length <= 1 ? '*' : characters[0] + '*'.repeat(characters.length - 1);
};
const decodeAfter = (after: unknown): { v: string; id: string } | null =>
  typeof after === 'string' ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { v: string; id: string }) : null;

const PARTNER_KEY = `exists (select 1 from api_key where secret_digest = $1 and revoked_at is null and role = 'PARTNER')`;

const CARD_COLUMNS = `e.id, e.name, e.uscc, e.legal_representative, i.code as industry_code, i.name as industry_name,
  r.code as region_code, r.name as region_name, s.score, s.grade,
  coalesce((select json_agg(json_build_object('chain', m.chain, 'node', m.node) order by m.chain, m.node)
              from chain_membership m where m.enterprise_id = e.id), '[]') as memberships,
  coalesce((select json_agg(json_build_object('id', c.id, 'number', c.number, 'state', c.state, 'submittedOn', c.submitted_on,
                                              'matterCode', mt.code, 'matterName', mt.name) order by c.submitted_at desc, c.id desc)
              from (select * from service_case c where c.enterprise_id = e.id order by c.submitted_at desc, c.id desc limit 5) c
              join matter mt on mt.id = c.matter_id), '[]') as cases`;
const CARD_JOINS = `join industry_category i on i.code = e.industry_code join region r on r.code = e.region_code
  left join credit_score s on s.enterprise_id = e.id and s.current`;

interface CardRow {
  id: string;
  name: string;
  uscc: string;
  legal_representative: string;
  industry_code: string;
  industry_name: string;
  region_code: string;
  region_name: string;
  score: number | null;
  grade: string | null;
  memberships: Array<{ chain: string; node: string }>;
  cases: Array<{ id: string; number: string; state: string; submittedOn: string; matterCode: string; matterName: string }>;
}

const card = (row: CardRow) => ({
  id: globalId('Enterprise', row.id),
  name: row.name,
  uscc: row.uscc,
  legalRepresentative: mask(row.legal_representative),
  industry: { code: row.industry_code, name: row.industry_name },
  region: { code: row.region_code, name: row.region_name },
  creditScore: row.score === null ? null : { score: row.score, grade: row.grade },
  chainMemberships: row.memberships,
  cases: {
    nodes: row.cases.map((c) => ({
      id: globalId('Case', c.id),
      number: c.number,
      state: c.state,
      submittedOn: c.submittedOn,
      matter: { code: c.matterCode, name: c.matterName },
    })),
  },
});

function page<T extends { id: string; name: string }>(rows: T[], size: number, node: (row: T) => unknown) {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return { pageInfo: { hasNextPage: rows.length > size, endCursor: last ? cursor('name', last.name, last.id) : null }, nodes: nodes.map(node) };
}

const keyDigest = (headers: http.IncomingHttpHeaders) =>
  createHash('sha256')
    .update(String(headers['x-api-key'] ?? '').trim())
    .digest('hex');

type Handler = (variables: Record<string, unknown>, headers: http.IncomingHttpHeaders) => Promise<unknown>;

const HANDLERS: Record<string, Handler> = {
  async 'partner-page'(variables, headers) {
    const after = decodeAfter(variables.after);
    const { rows } = await pool.query<CardRow>(
      `select ${CARD_COLUMNS} from enterprise e ${CARD_JOINS}
        where ${PARTNER_KEY} and ($2::text is null or (e.name, e.id) > ($2, $3::uuid))
        order by e.name, e.id limit 21`,
      [keyDigest(headers), after?.v ?? null, after?.id ?? null],
    );
    return { enterprises: page(rows, 20, card) };
  },
  async 'lookup-by-uscc'(variables, headers) {
    const { rows } = await pool.query<CardRow>(`select ${CARD_COLUMNS} from enterprise e ${CARD_JOINS} where ${PARTNER_KEY} and e.uscc = $2`, [
      keyDigest(headers),
      variables.uscc,
    ]);
    return { enterpriseByUscc: rows[0] ? card(rows[0]) : null };
  },
  async 'flat-page-100'(variables, headers) {
    const after = decodeAfter(variables.after);
    const { rows } = await pool.query<{
      id: string;
      name: string;
      uscc: string;
      registered_capital: string;
      established_on: string;
      lifecycle_stage: string;
    }>(
      `select e.id, e.name, e.uscc, e.registered_capital, to_char(e.established_on, 'YYYY-MM-DD') as established_on, e.lifecycle_stage
         from enterprise e where ${PARTNER_KEY} and ($2::text is null or (e.name, e.id) > ($2, $3::uuid))
        order by e.name, e.id limit 101`,
      [keyDigest(headers), after?.v ?? null, after?.id ?? null],
    );
    return {
      enterprises: page(rows, 100, (row) => ({
        id: globalId('Enterprise', row.id),
        name: row.name,
        uscc: row.uscc,
        registeredCapital: row.registered_capital,
        establishedOn: row.established_on,
        lifecycleStage: row.lifecycle_stage,
      })),
    };
  },
  async 'desk-chain-page'(_variables, headers) {
    const token = /^Bearer\s+(\S+)$/i.exec(String(headers.authorization ?? ''))?.[1] ?? '';
    const { payload } = await jwtVerify(token, secret);
    if (payload.role !== 'DESK' || !(payload.chains as string[] | undefined)?.includes('huyou')) throw new Error('forbidden');
    const { rows } = await pool.query<{ id: string; name: string; memberships: unknown[]; orchards: unknown[] }>(
      `select e.id, e.name,
              coalesce((select json_agg(json_build_object('chain', m.chain, 'node', m.node) order by m.chain, m.node)
                          from chain_membership m where m.enterprise_id = e.id), '[]') as memberships,
              coalesce((select json_agg(json_build_object('name', o.name, 'areaMu', o.area_mu::text) order by o.name)
                          from huyou_orchard o where o.enterprise_id = e.id), '[]') as orchards
         from enterprise e where e.id in (select enterprise_id from chain_membership where chain = 'HUYOU')
        order by e.name, e.id limit 21`,
    );
    return {
      chain: {
        enterprises: page(rows, 20, (row) => ({
          id: globalId('Enterprise', row.id),
          name: row.name,
          chainMemberships: row.memberships,
          huyouOrchards: row.orchards,
        })),
      },
    };
  },
  async 'node-refetch'(variables, headers) {
    const [type, id] = Buffer.from(String(variables.id), 'base64url').toString('utf8').split(':');
    if (type !== 'Enterprise') return { node: null };
    const { rows } = await pool.query<{
      id: string;
      name: string;
      uscc: string;
      legal_representative: string;
      industry_name: string;
      region_name: string;
    }>(
      `select e.id, e.name, e.uscc, e.legal_representative, i.name as industry_name, r.name as region_name
         from enterprise e join industry_category i on i.code = e.industry_code join region r on r.code = e.region_code
        where ${PARTNER_KEY} and e.id = $2`,
      [keyDigest(headers), id],
    );
    const row = rows[0];
    return {
      node: row
        ? {
            id: globalId('Enterprise', row.id),
            name: row.name,
            uscc: row.uscc,
            legalRepresentative: mask(row.legal_representative),
            industry: { name: row.industry_name },
            region: { name: row.region_name },
          }
        : null,
    };
  },
};

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const handler = HANDLERS[(request.url ?? '').slice(1)];
    if (!handler) {
      response.writeHead(404).end();
      return;
    }
    const variables = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    handler(variables, request.headers).then(
      (data) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data })),
      (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => void pool.end().then(() => process.exit(0))));
