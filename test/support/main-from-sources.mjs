// Runs the server's entry point, modules/platform/server/main.ts, from the TypeScript sources in a process of its own,
// as `npm start` runs it from the build: for tests of what a person starting the server meets (start-up.test.ts), and
// for tracing.test.ts, because OpenTelemetry's instrumentations patch express, graphql and pg through Node's require,
// which jest's module loader bypasses. The sources are compiled as ts-jest compiles them (TypeScript's transpileModule
// with tsconfig.json, which sets isolatedModules), decorator metadata included. With --loaded-modules it loads what
// main.ts loads before starting, prints the @opentelemetry packages then in memory as JSON, and exits.
// Compiled files are kept under node_modules/.cache by the hash of their source: a start then loads in a second or two
// instead of transpiling the whole project again.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: true, incremental: false };

const cacheDirectory = join(root, 'node_modules/.cache/main-from-sources');
mkdirSync(cacheDirectory, { recursive: true });
const compilerKey = `${ts.version} ${JSON.stringify(compilerOptions)}`;

function compiled(filename) {
  const source = readFileSync(filename, 'utf8');
  const cached = join(cacheDirectory, `${createHash('sha256').update(compilerKey).update(filename).update(source).digest('hex')}.js`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    // Written aside, then renamed: two processes compiling the same file at once never read half of it.
    const partial = `${cached}.${process.pid}`;
    writeFileSync(partial, outputText);
    renameSync(partial, cached);
    return outputText;
  }
}

require.extensions['.ts'] = (module, filename) => module._compile(compiled(filename), filename);

if (process.argv.includes('--loaded-modules')) {
  require(join(root, 'modules/platform/observability/register-tracing.ts'));
  require(join(root, 'modules/platform/server/start.ts'));
  const packages = new Set(
    Object.keys(require.cache)
      .map((path) => /node_modules\/(@opentelemetry\/[^/]+)\//.exec(path)?.[1])
      .filter(Boolean),
  );
  process.stdout.write(`${JSON.stringify([...packages].sort())}\n`);
  process.exit(0);
} else {
  require(join(root, 'modules/platform/server/main.ts'));
}
