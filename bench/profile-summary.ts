/**
 * `npm run bench -- profile DIR|FILE.cpuprofile [--top 30]`: where a CPU profile (from `npm run bench -- api
 * --profile DIR`) spends its time, by package and by function, as shares of the busy (not idle) time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The newest profile of a folder, or the file itself. */
function profileFile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(path, name));
  if (files.length === 0) throw new Error(`No .cpuprofile in ${path}`);
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

function packageOf(frame: ProfileNode['callFrame']): string {
  const match = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (match) return match[1];
  if (frame.url.includes('/dist/')) return 'project';
  if (frame.functionName.startsWith('(')) return frame.functionName;
  return `node:${frame.url.split('/').pop() || 'native'}`;
}

export async function runProfileSummary(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
  if (!positionals[0]) throw new Error('Name a .cpuprofile file or a folder of them.');
  const file = profileFile(positionals[0]);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const micros = profile.timeDeltas[index] ?? 0;
    if (frame.functionName === '(idle)') return;
    busy += micros;
    const pkg = packageOf(frame);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    const location = frame.url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/');
    const key = `${frame.functionName || '(anonymous)'}  ${location}:${frame.lineNumber}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  });
  const top = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(values.top))
      .map(([name, micros]) => `${((100 * micros) / busy).toFixed(1).padStart(6)}%  ${name}`)
      .join('\n');
  process.stdout.write(
    `${file}: ${(busy / 1000).toFixed(0)} ms busy\n\nby package\n${top(packages)}\n\nby function (self time)\n${top(functions)}\n`,
  );
}
