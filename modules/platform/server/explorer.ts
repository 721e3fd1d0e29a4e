import { packageFile } from './package-file';
import express, { type Router } from 'express';
import type { ExplorerExample } from '../module';

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
 *
 * On a development server, for a browser on its own machine, the page carries example operations and the development
 * administrator's token (#explorer-options). GraphiQL keeps its tabs in the browser's storage and prefers them to the
 * examples; the token they carry is renewed here, so that a tab kept from an earlier start still answers.
 */
const BOOT_SCRIPT = `
const options = JSON.parse(document.getElementById('explorer-options').textContent);
const TOKEN_KEY = 'esg:explorer-token';
if (options.token) {
  const previous = localStorage.getItem(TOKEN_KEY);
  for (const key of ['graphiql:tabState', 'graphiql:headers']) {
    const stored = localStorage.getItem(key);
    if (previous && stored && previous !== options.token) localStorage.setItem(key, stored.split(previous).join(options.token));
  }
  localStorage.setItem(TOKEN_KEY, options.token);
}
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
const fetcher = async (params, fetcherOptions) => {
  // Run right after a tab switch, GraphiQL can send the operation name of the tab it left; a name the document does
  // not contain would fail the request, so it is dropped and the server runs the document's operation.
  if (params.operationName && !String(params.query).split(/[^A-Za-z0-9_]+/).includes(params.operationName)) {
    params = Object.assign({}, params, { operationName: null });
  }
  const headers = Object.assign({}, fetcherOptions && fetcherOptions.headers);
  const named = Object.keys(headers).map((name) => name.toLowerCase());
  if (!named.includes('authorization') && !named.includes('x-api-key')) {
    const token = await esgSession.accessToken();
    if (token) headers.authorization = 'Bearer ' + token;
  }
  return plain(params, Object.assign({}, fetcherOptions, { headers }));
};
esgSession.current();
const headers = options.token ? JSON.stringify({ Authorization: 'Bearer ' + options.token }, null, 2) : '';
const tabs = options.examples.map((example) => ({
  query: example.query,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
  headers,
}));
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    // GraphiQL's welcome text stays out: new tabs start with one line, the first opens empty without examples.
    defaultQuery: '# A new operation. The Docs panel lists what the graph offers.\\n',
    defaultHeaders: headers,
    defaultTabs: tabs.length > 0 ? tabs : [{ query: '', headers }],
    defaultEditorToolsVisibility: tabs.length > 0 ? 'variables' : 'headers',
    shouldPersistHeaders: true,
  })
);`;

export const EXPLORER_PATH = '/explorer';

/** What the explorer opens with: examples and a token on a development server's own machine, nothing elsewhere. */
export interface ExplorerOptions {
  examples: ExplorerExample[];
  token: string | null;
}

/** JSON that can sit inside a script element: no sequence in it can close the element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function explorerPage(options: ExplorerOptions = { examples: [], token: null }): string {
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
    <script id="explorer-options" type="application/json">${inlineJson(options)}</script>
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
