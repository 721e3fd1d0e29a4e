// Runs the server's entry point, modules/platform/server/main.ts, from the TypeScript sources in a process of its own,
// as `npm start` runs it from the build: for tests of what a person starting the server meets (start-up.test.ts), and
// for tracing.test.ts, because OpenTelemetry's instrumentations patch express, graphql and pg through Node's require,
// which jest's module loader bypasses. The sources are compiled as ts-jest compiles them (TypeScript's transpileModule
// with tsconfig.json, which sets isolatedModules), decorator metadata included. With --loaded-modules it loads what
// main.ts loads before starting, prints the @opentelemetry packages then in memory as JSON, and exits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: true, incremental: false };

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

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
