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

/**
 * A person signed in through the user registry calls as themselves: the fetcher takes a short-lived access token
 * from the session's page script (/auth/session.js) unless the headers already carry credentials.
 */
const BOOT_SCRIPT = `
const bar = document.getElementById('session-bar');
function renderBar(session) {
  bar.textContent = '';
  const text = document.createElement('span');
  const action = document.createElement('a');
  text.textContent = session ? '已登录：' + session.name + '（' + session.role + '） ' : '未登录 ';
  action.textContent = session ? '退出' : '登录';
  action.href = session ? '#' : esgSession.signInUrl();
  if (session) action.addEventListener('click', (event) => { event.preventDefault(); esgSession.signOut(); });
  bar.append(text, action);
}
esgSession.onChange(renderBar);
const plain = GraphiQL.createFetcher({ url: location.pathname });
const fetcher = async (params, options) => {
  const headers = Object.assign({}, options && options.headers);
  const named = Object.keys(headers).map((name) => name.toLowerCase());
  if (!named.includes('authorization') && !named.includes('x-api-key')) {
    const token = await esgSession.accessToken();
    if (token) headers.authorization = 'Bearer ' + token;
  }
  return plain(params, Object.assign({}, options, { headers }));
};
esgSession.current();
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: 'headers', shouldPersistHeaders: true })
);`;

export const EXPLORER_PATH = '/explorer';

export function explorerPage(): string {
  const scripts = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'boot.js']
    .map((name) => `<script src="${EXPLORER_PATH}/${name}"></script>`)
    .join('\n    ');
  // The session's page script comes from the user registry's routes (modules/users).
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Enterprise-service graph · explorer</title>
    <link rel="stylesheet" href="${EXPLORER_PATH}/graphiql.min.css" />
    <style>
      body { margin: 0; font-family: sans-serif; }
      #session-bar { height: 28px; line-height: 28px; padding: 0 12px; font-size: 13px; text-align: right; background: #f3f5f8; }
      #graphiql { height: calc(100vh - 28px); }
    </style>
  </head>
  <body>
    <div id="session-bar"></div>
    <div id="graphiql">Loading the explorer…</div>
    <script src="/auth/session.js"></script>
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
