import type { DatasetFigures } from './dataset';
import type { WriteMixResult } from './write-mix';

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
}

export interface ReadResult {
  workload: string;
  description: string;
  graph: Figures;
  baseline: Figures;
  statements: number;
}

export interface Report {
  dataset: DatasetFigures;
  options: { enterprises: number; rounds: number; duration: number; connections: number };
  reads: ReadResult[];
  writes: WriteMixResult | null;
  rssMb: { graph: number; baseline: number };
  /** What the graph recorded while it was measured: metrics, and the share of requests and resolvers traced. */
  observability: {
    metrics: boolean;
    tracesSampleRatio: number;
    resolverSampleRatio: number;
    traceExports: { requests: number; bytes: number } | null;
  };
}

/** The targets of the read path, as ratios to the baseline measured in the same run. */
const TARGETS: Record<string, { minRatio: number; maxCpuMs?: number; maxP99Ratio?: number }> = {
  'partner-page': { minRatio: 0.35, maxCpuMs: 0.6, maxP99Ratio: 4 },
  'lookup-by-uscc': { minRatio: 0.35 },
  'flat-page-100': { minRatio: 0.6 },
};

function describeTraces(observability: Report['observability']): string {
  if (!observability.traceExports) return 'traces off';
  const { requests, bytes } = observability.traceExports;
  return `traces on (${observability.tracesSampleRatio} of requests, ${observability.resolverSampleRatio} of those with resolver spans; ${requests} exports, ${(bytes / 1e6).toFixed(1)} MB)`;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

export function printReport(report: Report): void {
  const lines = [
    '',
    `API benchmark: ${report.dataset.enterprises} enterprises, ${report.dataset.cases} cases; ${report.options.connections} connections, ${report.options.rounds} rounds of ${report.options.duration} s; medians`,
    `observability: metrics ${report.observability.metrics ? 'on' : 'off'}, ${describeTraces(report.observability)}`,
    '',
    `${'workload'.padEnd(16)} ${pad('graph req/s', 12)} ${pad('baseline', 10)} ${pad('ratio', 6)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} ${pad('base p99', 9)} ${pad('CPU ms', 7)} ${pad('base CPU', 9)} ${pad('SQL', 4)}  target`,
  ];
  for (const read of report.reads) {
    const ratio = read.graph.requestsPerSecond / read.baseline.requestsPerSecond;
    const target = TARGETS[read.workload];
    const checks: string[] = [];
    if (target) {
      checks.push(`${ratio >= target.minRatio ? 'ok' : 'MISSED'} ≥${target.minRatio}×`);
      if (target.maxCpuMs !== undefined) checks.push(`${read.graph.cpuMsPerRequest <= target.maxCpuMs ? 'ok' : 'MISSED'} CPU ≤${target.maxCpuMs} ms`);
      if (target.maxP99Ratio !== undefined)
        checks.push(`${read.graph.p99 <= target.maxP99Ratio * read.baseline.p99 ? 'ok' : 'MISSED'} p99 ≤${target.maxP99Ratio}×`);
    }
    lines.push(
      `${read.workload.padEnd(16)} ${pad(read.graph.requestsPerSecond.toFixed(0), 12)} ${pad(read.baseline.requestsPerSecond.toFixed(0), 10)} ${pad(ratio.toFixed(2), 6)} ${pad(read.graph.p50, 8)} ${pad(read.graph.p99, 8)} ${pad(read.baseline.p99, 9)} ${pad(read.graph.cpuMsPerRequest.toFixed(2), 7)} ${pad(read.baseline.cpuMsPerRequest.toFixed(2), 9)} ${pad(read.statements, 4)}  ${checks.join(', ')}`,
    );
  }
  const { writes } = report;
  lines.push('');
  if (writes) {
    lines.push(
      `write mix (caseSubmit, taskAccept, taskComplete): ${writes.mutationsPerSecond.toFixed(0)} mutations/s, p50 ${writes.p50.toFixed(1)} ms, p99 ${writes.p99.toFixed(1)} ms, ${writes.cpuMsPerMutation.toFixed(2)} ms CPU per mutation`,
    );
  }
  lines.push(
    `RSS after the load: graph ${report.rssMb.graph} MB (${report.rssMb.graph <= 250 ? 'ok' : 'MISSED'} ≤250 MB), baseline ${report.rssMb.baseline} MB`,
    '',
    JSON.stringify(report),
    '',
  );
  process.stdout.write(lines.join('\n'));
}
