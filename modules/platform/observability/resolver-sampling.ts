import {
  context,
  INVALID_SPAN_CONTEXT,
  trace,
  type Context,
  type SpanOptions,
  type Tracer,
  type TracerOptions,
  type TracerProvider,
} from '@opentelemetry/api';
import { resolverSpansKept } from './operation-spans';

/** How the GraphQL instrumentation names a resolver's span: "graphql.resolve <path>". */
const RESOLVE_SPAN = 'graphql.resolve ';

/**
 * Gives the GraphQL instrumentation a span per resolver only in the requests OperationSpans chose for it. Elsewhere
 * it hands back the parent's own span context instead of a new span: nothing is recorded, and what runs inside the
 * resolver (a statement) stays attached to the operation. A sampler could only drop the resolver's span, and with
 * it everything under it.
 */
export class ResolverSamplingTracerProvider implements TracerProvider {
  constructor(private readonly inner: TracerProvider) {}

  getTracer(name: string, version?: string, options?: TracerOptions): Tracer {
    const tracer = this.inner.getTracer(name, version, options);
    return {
      startSpan(spanName: string, spanOptions?: SpanOptions, parent: Context = context.active()) {
        if (spanName.startsWith(RESOLVE_SPAN) && !resolverSpansKept(parent)) {
          return trace.wrapSpanContext(trace.getSpanContext(parent) ?? INVALID_SPAN_CONTEXT);
        }
        return tracer.startSpan(spanName, spanOptions, parent);
      },
      startActiveSpan: tracer.startActiveSpan.bind(tracer) as Tracer['startActiveSpan'],
    };
  }
}
