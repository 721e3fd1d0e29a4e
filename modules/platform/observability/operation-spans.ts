import { context, createContextKey, SpanKind, trace, type Span } from '@opentelemetry/api';
import type { RequestHandler } from 'express';

const OPERATION_SPAN = createContextKey('esg GraphQL operation span');
const RESOLVER_SPANS = createContextKey('esg GraphQL resolver spans');

/** What the request's operation turned out to be, once answered. */
export interface OperationSummary {
  /** The operation's name as the client wrote it; null when anonymous or unknown (the document did not parse). */
  name: string | null;
  /** Bounded form of the name (see LabelValues), fit for a span name. */
  label: string;
  /** query, mutation, subscription, or unknown. */
  type: string;
  errorCodes: string[];
}

/**
 * A span for each GraphQL request, around everything the server does for it. graphql-js's own instrumentation
 * sees only what goes through its `execute`, and a compiled read (modules/platform/reads) answers without it:
 * this span is where the operation, its name and its errors show in every trace, with the statements under it.
 * Used only while tracing runs.
 */
export class OperationSpans {
  private readonly tracer = trace.getTracer('enterprise-service-graph');

  /** `resolverRatio`: share of traced requests whose resolvers get spans (see resolverSpansKept). */
  constructor(private readonly resolverRatio: number) {}

  /**
   * The GraphQL server's handler, run inside the request's span. Wrapped rather than placed in front as a middleware
   * of its own: Express's instrumentation gives each next middleware the span of the request again.
   */
  around(handler: RequestHandler): RequestHandler {
    return (request, response, next) => {
      const span = this.tracer.startSpan('GraphQL', { kind: SpanKind.INTERNAL });
      response.once('close', () => span.end());
      // Decided once per request, so that a trace has all its resolver spans or none.
      const withResolvers = span.isRecording() && this.resolverRatio > 0 && Math.random() < this.resolverRatio;
      const active = trace.setSpan(context.active(), span).setValue(OPERATION_SPAN, span).setValue(RESOLVER_SPANS, withResolvers);
      return context.with(active, () => handler(request, response, next));
    };
  }

  /** Names the request's span after its operation; called by the GraphQL plugin as the response leaves. */
  annotate(summary: OperationSummary): void {
    const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
    if (!span?.isRecording()) return;
    span.updateName(summary.type === 'unknown' ? 'GraphQL' : `GraphQL ${summary.type} ${summary.label}`);
    span.setAttribute('graphql.operation.type', summary.type);
    if (summary.name !== null) span.setAttribute('graphql.operation.name', summary.name);
    if (summary.errorCodes.length > 0) span.setAttribute('graphql.error.codes', summary.errorCodes);
  }
}

/** Whether the resolvers of the request running in `active` get spans, as OperationSpans.around decided. */
export function resolverSpansKept(active: ReturnType<typeof context.active>): boolean {
  return active.getValue(RESOLVER_SPANS) === true;
}
