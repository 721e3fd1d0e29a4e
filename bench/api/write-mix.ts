import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../modules/platform/auth/principal';
import type { PlatformServices } from '../../modules/platform/context';
import { toGlobalId } from '../../modules/platform/relay/global-id';
import { cpuMs, type ServerProcess } from './processes';

const SUBMIT = `mutation Submit($input: CaseSubmitInput!) { caseSubmit(input: $input) { case { id tasks { id version } } userErrors { code } } }`;
const ACCEPT = `mutation Accept($input: TaskActionInput!) { taskAccept(input: $input) { task { id version } userErrors { code } } }`;
const COMPLETE = `mutation Complete($input: TaskActionInput!) { taskComplete(input: $input) { task { id state } userErrors { code } } }`;

export interface WriteMixResult {
  mutationsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerMutation: number;
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

/**
 * Enterprises submit a listing-compliance check (one task, development and reform), whose officer accepts and
 * completes it: three mutations per round trip of a worker, as many workers as connections.
 */
export async function runWriteMix(
  graph: ServerProcess,
  services: PlatformServices,
  em: EntityManager,
  options: { connections: number; duration: number; rounds: number },
): Promise<WriteMixResult> {
  const enterprises = await em.execute<Array<{ id: string; uscc: string }>>(
    `select id, uscc from enterprise where lifecycle_stage <> 'DEREGISTERED' order by uscc limit 500`,
  );
  const applicants = await Promise.all(
    enterprises.map(async (enterprise) => ({
      id: toGlobalId('Enterprise', enterprise.id),
      token: await services.jwt.sign({
        role: Role.ENTERPRISE,
        subject: `bench-${enterprise.uscc}`,
        enterpriseUscc: enterprise.uscc,
        ttlSeconds: 3600,
      }),
    })),
  );
  const officer = await services.jwt.sign({ role: Role.OFFICER, subject: 'bench-officer', department: 'development-reform', ttlSeconds: 3600 });
  const call = async (token: string, query: string, variables: Record<string, unknown>, latencies: number[]) => {
    const started = performance.now();
    const response = await fetch(`${graph.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { userErrors: unknown[] } & Record<string, unknown>>; errors?: unknown[] };
    latencies.push(performance.now() - started);
    const payload = body.data ? Object.values(body.data)[0] : null;
    if (body.errors || !payload || payload.userErrors.length > 0) throw new Error(`write mix: ${JSON.stringify(body)}`);
    return payload as unknown;
  };

  const results: WriteMixResult[] = [];
  let sequence = 0;
  for (let round = 0; round < options.rounds; round++) {
    const latencies: number[] = [];
    const cpuBefore = cpuMs(graph.child.pid!);
    const until = Date.now() + options.duration * 1000;
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (Date.now() < until) {
          const applicant = applicants[sequence++ % applicants.length];
          const submitted = (await call(
            applicant.token,
            SUBMIT,
            {
              input: {
                matterCode: 'LISTING_COMPLIANCE_CHECK',
                enterpriseId: applicant.id,
                channel: 'ONLINE',
                idempotencyKey: `bench-write-${Date.now()}-${sequence}`,
              },
            },
            latencies,
          )) as {
            case: { tasks: Array<{ id: string }> };
          };
          const taskId = submitted.case.tasks[0].id;
          await call(officer, ACCEPT, { input: { id: taskId } }, latencies);
          await call(officer, COMPLETE, { input: { id: taskId } }, latencies);
        }
      }),
    );
    const cpu = cpuMs(graph.child.pid!) - cpuBefore;
    const sorted = [...latencies].sort((a, b) => a - b);
    results.push({
      mutationsPerSecond: latencies.length / options.duration,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      cpuMsPerMutation: cpu / latencies.length,
    });
    process.stdout.write(`write mix round ${round + 1}/${options.rounds}: ${results.at(-1)!.mutationsPerSecond.toFixed(0)} mutations/s\n`);
  }
  const median = (pick: (result: WriteMixResult) => number) => [...results.map(pick)].sort((a, b) => a - b)[Math.floor(results.length / 2)];
  return {
    mutationsPerSecond: median((r) => r.mutationsPerSecond),
    p50: median((r) => r.p50),
    p99: median((r) => r.p99),
    cpuMsPerMutation: median((r) => r.cpuMsPerMutation),
  };
}
