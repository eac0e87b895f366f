// Starts the built portal (adapter-node's handler) on plain HTTP. Unlike build/index.js it needs no
// fixed ORIGIN: businesses' own domains share this server, so each request's address comes from its
// Host header and its scheme from the TLS proxy's X-Forwarded-Proto (PROTOCOL_HEADER), else http
// (adapter-node alone would assume https, and the API would refuse our own server-side requests).
import http from 'node:http';
import { proxySockets } from '@portico/web-shared/server/socket-proxy';

const protocolHeader = (process.env.PROTOCOL_HEADER ||= 'x-forwarded-proto').toLowerCase();
const { handler } = await import('./build/handler.js');

const server = http.createServer((req, res) => {
  req.headers[protocolHeader] ??= 'http';
  handler(req, res);
});

// Live updates: the portal's GraphQL WebSocket, relayed to the API like the rest of GraphQL.
proxySockets(server, { path: '/graphql/portal', apiUrl: () => process.env.API_URL });

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`Portal listening on http://${host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
