import { diag, DiagLogLevel } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, ParentBasedSampler, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-node';
import type { Config } from '../config';
import { createLogger } from '../logger';
import { ResolverSamplingTracerProvider } from './resolver-sampling';

/** Probes and scrapes: frequent, alike, and of no interest in a trace. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export interface TracingSdk {
  /** Share of traced GraphQL requests whose resolvers get spans. */
  resolverRatio: number;
  /** Sends the spans still buffered. */
  forceFlush(): Promise<void>;
}

/**
 * The OpenTelemetry SDK: spans of HTTP requests, Express, GraphQL (parse, validate, execute; resolvers in a share
 * of requests) and pg statements, sent in batches as OTLP/HTTP JSON to the configured endpoint. Loaded only when
 * tracing is on (see tracing.ts), so that a server without it carries none of this.
 */
export function startTracingSdk(config: Config): TracingSdk {
  // The SDK reports its own trouble (a collector out of reach) through diag, which says nothing unless given a logger.
  const logger = createLogger(config.LOG_LEVEL).child({ component: 'opentelemetry' });
  diag.setLogger(
    {
      error: (message, ...args) => logger.error({ args }, message),
      warn: (message, ...args) => logger.warn({ args }, message),
      info: () => undefined,
      debug: () => undefined,
      verbose: () => undefined,
    },
    DiagLogLevel.WARN,
  );

  // The ratio decides for every request, whatever a caller's traceparent says: partners call from outside, and
  // must not be able to have every request traced. A trace id they send is kept, so their traces join ours.
  const ratio = new TraceIdRatioBasedSampler(config.TRACES_SAMPLE_RATIO);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'enterprise-service-graph' }),
    sampler: new ParentBasedSampler({ root: ratio, remoteParentSampled: ratio, remoteParentNotSampled: ratio }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${config.OTEL_EXPORTER_OTLP_ENDPOINT!.replace(/\/+$/, '')}/v1/traces` }))],
  });
  provider.register();

  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0]),
        // The server calls nothing over HTTP but the collector, whose requests the exporter keeps out of traces itself.
        requireParentforOutgoingSpans: true,
      }),
      new ExpressInstrumentation(),
      // Statements outside a request (jobs polling their queue, notifications) would each make a trace of one span.
      // Parameters are never recorded: they carry personal data.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  registerInstrumentations({
    tracerProvider: new ResolverSamplingTracerProvider(provider),
    // Variables are never recorded (personal data); a field read off its parent gets no span of its own.
    instrumentations: [new GraphQLInstrumentation({ allowValues: false, ignoreTrivialResolveSpans: true })],
  });

  return { resolverRatio: config.TRACES_RESOLVER_SAMPLE_RATIO, forceFlush: () => provider.forceFlush() };
}
