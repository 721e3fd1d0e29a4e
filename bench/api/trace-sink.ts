import { createServer, type Server } from 'node:http';

/**
 * Stands in for an OpenTelemetry collector when the bench runs with traces on: it accepts OTLP/HTTP exports and
 * counts them, so the graph pays the whole cost of tracing (spans, batching, protobuf, the POST) and the bench can
 * show that spans really left the process.
 */
export interface TraceSink {
  url: string;
  exports(): { requests: number; bytes: number };
  close(): Promise<void>;
}

export function startTraceSink(): Promise<TraceSink> {
  let requests = 0;
  let bytes = 0;
  const server: Server = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') requests++;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        exports: () => ({ requests, bytes }),
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
