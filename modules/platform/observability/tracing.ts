import { loadConfig } from '../config';
import type { TracingSdk } from './tracing-sdk';

let running: TracingSdk | null = null;

/**
 * Starts tracing in this process when the configuration asks for it (OTEL_EXPORTER_OTLP_ENDPOINT set,
 * TRACES_SAMPLE_RATIO above 0). The instrumentations patch express, graphql and pg as they are first required, so
 * this runs before anything requires them: the server's entry point imports register-tracing.ts first thing.
 * Returns whether tracing runs.
 */
export function startTracing(env: NodeJS.ProcessEnv): boolean {
  if (running) return true;
  let config;
  try {
    config = loadConfig(env);
  } catch {
    // The server stops at once with a message naming the bad setting; nothing to trace.
    return false;
  }
  if (!config.tracingEnabled) return false;
  // Required here, not imported above: without tracing the SDK and its instrumentations are never loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracingSdk } = require('./tracing-sdk') as typeof import('./tracing-sdk');
  running = startTracingSdk(config);
  return true;
}

/** The SDK when tracing runs in this process, else null (also when a server is started in-process, as in tests). */
export function activeTracing(): TracingSdk | null {
  return running;
}
