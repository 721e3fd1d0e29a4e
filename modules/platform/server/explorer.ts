import { packageFile } from './package-file';
import express, { type Router } from 'express';

/**
 * GraphiQL served from the project's own dependencies, so that the explorer works on closed networks where no
 * CDN is reachable.
 */

const ASSETS: Record<string, string> = {
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
};

const BOOT_SCRIPT = `
const fetcher = GraphiQL.createFetcher({ url: location.pathname });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: 'headers', shouldPersistHeaders: true })
);`;

export const EXPLORER_PATH = '/explorer';

export function explorerPage(): string {
  const scripts = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'boot.js']
    .map((name) => `<script src="${EXPLORER_PATH}/${name}"></script>`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Enterprise-service graph · explorer</title>
    <link rel="stylesheet" href="${EXPLORER_PATH}/graphiql.min.css" />
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading the explorer…</div>
    ${scripts}
  </body>
</html>`;
}

export function explorerAssets(): Router {
  const router = express.Router();
  router.get('/boot.js', (_request, response) => {
    response.type('application/javascript').send(BOOT_SCRIPT);
  });
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/${name}`, (_request, response) => response.sendFile(file, { maxAge: '1d' }));
  }
  return router;
}
