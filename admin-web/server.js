// Starts the built admin app (adapter-node's handler, which reads ORIGIN, PORT and HOST as
// build/index.js does) and relays its GraphQL WebSocket (live updates) to the API.
import http from 'node:http';
import { proxySockets } from '@portico/web-shared/server/socket-proxy';

const { handler } = await import('./build/handler.js');

const server = http.createServer((req, res) => {
  handler(req, res);
});

proxySockets(server, { path: '/graphql/admin', apiUrl: () => process.env.API_URL });

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`Admin listening on http://${host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
