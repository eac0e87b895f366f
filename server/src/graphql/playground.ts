// The GraphQL playground: GraphiQL served by the API itself at GET /graphql/portal and
// /graphql/admin (a browser asking for HTML), its scripts and styles read from npm packages
// and served under /graphql/assets/, so it works offline and its page loads nothing from
// elsewhere. On unless production; in production only with PLAYGROUND=on (config.ts).
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Express, Request, RequestHandler } from 'express';
import type { Endpoint } from '../context/principal.js';

const require = createRequire(import.meta.url);

/** Where the assets are served; the page links them relative to itself (`assets/<name>`). */
export const PLAYGROUND_ASSETS_PATH = '/graphql/assets';

interface AssetSource {
  /** The served name is `<base>.<content hash>.<ext>`, so a new version is a new URL. */
  base: string;
  ext: 'js' | 'css';
  read(): Buffer;
}

/** A file of an installed package; the packages' `exports` hide these, so we go from package.json. */
function packageFile(pkg: string, file: string): () => Buffer {
  return () => readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));
}

// GraphiQL 4 is the last major with a prebuilt browser bundle (React and ReactDOM as globals,
// graphql inside); 5 ships ES modules only and needs a bundler. React 19 has no UMD build, so
// the server pins react and react-dom 18 for this page alone.
const SOURCES: AssetSource[] = [
  { base: 'react', ext: 'js', read: packageFile('react', 'umd/react.production.min.js') },
  { base: 'react-dom', ext: 'js', read: packageFile('react-dom', 'umd/react-dom.production.min.js') },
  { base: 'graphiql', ext: 'js', read: packageFile('graphiql', 'graphiql.min.js') },
  { base: 'graphiql', ext: 'css', read: packageFile('graphiql', 'graphiql.min.css') },
  { base: 'playground', ext: 'js', read: () => Buffer.from(BOOT_SCRIPT) },
  { base: 'playground', ext: 'css', read: () => Buffer.from(PAGE_STYLE) },
];

interface Asset {
  name: string;
  contentType: string;
  body: Buffer;
  gzip: Buffer;
}

interface Assets {
  byName: Map<string, Asset>;
  scripts: string[];
  styles: string[];
}

let loaded: Assets | null = null;

/** Read, hashed and compressed once, on the first page or asset asked for (not at every app start). */
function assets(): Assets {
  if (loaded) return loaded;
  const byName = new Map<string, Asset>();
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const source of SOURCES) {
    const body = source.read();
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const name = `${source.base}.${hash}.${source.ext}`;
    const contentType = source.ext === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8';
    byName.set(name, { name, contentType, body, gzip: gzipSync(body) });
    (source.ext === 'js' ? scripts : styles).push(name);
  }
  loaded = { byName, scripts, styles };
  return loaded;
}

/** Mounts the page on both endpoints and its assets; call before the GraphQL handlers. */
export function mountPlayground(app: Express): void {
  app.get(`${PLAYGROUND_ASSETS_PATH}/:name`, serveAsset);
  app.get('/graphql/portal', playgroundPage('portal'));
  app.get('/graphql/admin', playgroundPage('admin'));
}

const serveAsset: RequestHandler = (req, res) => {
  const asset = typeof req.params.name === 'string' ? assets().byName.get(req.params.name) : undefined;
  res.setHeader('x-content-type-options', 'nosniff');
  if (!asset) {
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  // The name carries the content's hash: a browser keeps it until the name changes.
  res.setHeader('cache-control', 'public, max-age=31536000, immutable');
  res.setHeader('content-type', asset.contentType);
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  res.setHeader('vary', 'accept-encoding');
  if (req.acceptsEncodings('gzip') === 'gzip') {
    res.setHeader('content-encoding', 'gzip');
    res.send(asset.gzip);
  } else {
    res.send(asset.body);
  }
};

/**
 * A person opening the endpoint in a browser gets the page; everything else (a GraphQL GET with
 * `query`, a client asking for JSON, `/graphql/portal/`) goes on to the GraphQL handler.
 */
function wantsPage(req: Request): boolean {
  if (req.path.endsWith('/')) return false; // the page's relative asset links would miss
  if (new URL(req.originalUrl, 'http://localhost').searchParams.has('query')) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

function playgroundPage(endpoint: Endpoint): RequestHandler {
  return (req, res, next) => {
    if (!wantsPage(req)) {
      next();
      return;
    }
    const { scripts, styles } = assets();
    // GraphiQL's dialogs add <style> elements for their scroll lock (react-style-singleton); they
    // carry this nonce (the page's script hands it over as __webpack_nonce__), nothing else inline runs.
    const nonce = randomBytes(16).toString('base64');
    res.setHeader(
      'content-security-policy',
      [
        "default-src 'none'",
        "script-src 'self'",
        `style-src 'self' 'nonce-${nonce}'`,
        "font-src 'self' data:",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('vary', 'accept');
    res.type('html').send(pageHtml(endpoint, scripts, styles, nonce));
  };
}

const TITLES: Record<Endpoint, string> = {
  portal: 'Portico customer API (/graphql/portal)',
  admin: 'Portico staff API (/graphql/admin)',
};

function pageHtml(endpoint: Endpoint, scripts: string[], styles: string[], nonce: string): string {
  const link = (name: string) => `<link rel="stylesheet" href="assets/${name}">`;
  // The boot script is last; only it carries the nonce, which it reads back from itself.
  const script = (name: string) => `<script src="assets/${name}"${name.startsWith('playground.') ? ` nonce="${nonce}"` : ''}></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL playground · ${TITLES[endpoint]}</title>
${styles.map(link).join('\n')}
</head>
<body>
<div id="graphiql" data-endpoint="${endpoint}">
<p class="playground-note">Loading the GraphQL playground… If this stays, its files did not load: open it at the API's own address (port 4000 with <code>npm start</code>), not through a web app.</p>
<noscript><p class="playground-note">The GraphQL playground needs JavaScript.</p></noscript>
</div>
${scripts.map(script).join('\n')}
</body>
</html>
`;
}

const PAGE_STYLE = `html, body, #graphiql { height: 100%; margin: 0; }
.playground-note { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
/* On a phone the query and its response are stacked rather than squeezed side by side. */
@media (max-width: 640px) {
  .graphiql-container .graphiql-sessions > div:not(.graphiql-session-header) { flex-direction: column; }
  .graphiql-container .graphiql-horizontal-drag-bar { display: none; }
}
`;

// Runs in the browser (React, ReactDOM and GraphiQL are globals by then). Plain ES2017 kept
// readable: it is served as written.
const BOOT_SCRIPT = `'use strict';
(function () {
  var root = document.getElementById('graphiql');
  var endpoint = root.dataset.endpoint;
  window.__webpack_nonce__ = document.currentScript.nonce;
  // The page is served at the endpoint itself: POST back to where it came from. Same origin, so
  // a session cookie of this site rides along (the API allows its own origin while the playground
  // is on); a token typed in Headers is sent as it is.
  var url = window.location.pathname;
  function fetcher(params, options) {
    var headers = Object.assign(
      { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      options && options.headers,
    );
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(params) })
      .then(function (res) { return res.json(); });
  }
  var me = endpoint === 'admin' ? 'me { name email role }' : 'me { name email }';
  var defaultQuery = [
    '# ' + document.title.replace(/^GraphQL playground · /, ''),
    '#',
    '# Signed in on this site? Your session',
    '# cookie is used. Otherwise sign in:',
    '#',
    '# mutation SignIn {',
    '#   login(input: {',
    '#     tenantSlug: "your-business"',
    '#     email: "you@example.com"',
    '#     password: "..."',
    '#   }) { token }',
    '# }',
    '#',
    '# and put the token in Headers below:',
    '# { "Authorization": "Bearer <token>" }',
    '',
    '{',
    '  ' + me,
    '}',
    '',
  ].join('\\n');
  var props = {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    // Each endpoint keeps its own tabs and history; headers (tokens) are never written to storage.
    storage: GraphiQL.createLocalStorage({ namespace: 'portico-' + endpoint }),
    shouldPersistHeaders: false,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers',
  };
  var logo = React.createElement(GraphiQL.Logo, null, 'Portico · ' + endpoint);
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props, logo));
})();
`;
