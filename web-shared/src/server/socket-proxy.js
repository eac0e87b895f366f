// Live updates (GraphQL subscriptions over WebSockets) reach the API through the web app's own
// origin, like every other API request (proxy.ts): the browser's session cookie belongs to this
// origin, and a business's portal may be served at its own domain. SvelteKit's hooks cannot
// answer an upgrade, so the app's HTTP server (server.js, and Vite in development) hands the
// upgrades of its GraphQL path to this relay. Plain JavaScript: server.js runs it without a build.
import http from 'node:http';

/** Upgrade headers the API needs; `origin` stays the browser's (the API checks it for cookie auth). */
const forwarded = ['cookie', 'origin', 'user-agent', 'accept-language', 'sec-websocket-key', 'sec-websocket-version', 'sec-websocket-protocol', 'sec-websocket-extensions'];

/**
 * Relays WebSocket upgrades of `path` on `server` to the same path on the API.
 * @param {import('node:http').Server} server
 * @param {{ path: string; apiUrl: () => string | undefined }} options
 */
export function proxySockets(server, { path, apiUrl }) {
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return; // another listener's (Vite's own HMR socket, say)
    const target = new URL(path, apiUrl() || 'http://127.0.0.1:4000');
    /** @type {Record<string, string>} */
    const headers = { connection: 'Upgrade', upgrade: 'websocket' };
    for (const name of forwarded) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // The API trusts these from this server only (express `trust proxy`), for limits and logs.
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    headers['x-forwarded-host'] = req.headers.host ?? '';
    const upstream = http.request(target, { method: 'GET', headers });
    upstream.on('upgrade', (res, apiSocket, apiHead) => {
      const lines = [`HTTP/1.1 101 ${res.statusMessage ?? 'Switching Protocols'}`];
      for (let i = 0; i < res.rawHeaders.length; i += 2) lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (apiHead.length) socket.write(apiHead);
      if (head.length) apiSocket.write(head);
      apiSocket.pipe(socket).pipe(apiSocket);
      const close = () => {
        apiSocket.destroy();
        socket.destroy();
      };
      apiSocket.on('error', close).on('close', close);
      socket.on('error', close).on('close', close);
    });
    upstream.on('response', (res) => {
      // Refused before the upgrade: pass the status on and close.
      socket.end(`HTTP/1.1 ${res.statusCode ?? 502} ${res.statusMessage ?? ''}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
      res.resume();
    });
    upstream.on('error', () => {
      socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    });
    socket.on('error', () => upstream.destroy());
    upstream.end();
  });
}
