// Imported first by the server's entry point (server/main.ts), before anything loads express, graphql or pg: see
// tracing.ts. Does nothing unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
import { startTracing } from './tracing';

startTracing(process.env);
