import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { proxySockets } from '@portico/web-shared/server/socket-proxy';

/** Live updates in `vite dev` and `vite preview`: the GraphQL WebSocket goes to the API as in server.js. */
const liveSockets: Plugin = {
  name: 'portico-live-sockets',
  configureServer: (server) => {
    if (server.httpServer) proxySockets(server.httpServer as import('node:http').Server, { path: '/graphql/admin', apiUrl: () => process.env.API_URL });
  },
  configurePreviewServer: (server) => {
    proxySockets(server.httpServer as import('node:http').Server, { path: '/graphql/admin', apiUrl: () => process.env.API_URL });
  },
};

export default defineConfig({
  plugins: [sveltekit(), liveSockets],
  server: {
    port: 5174,
    strictPort: true,
    // @portico/web-shared is linked source outside this app: SvelteKit's allow list omits it.
    fs: { allow: ['../web-shared'] },
  },
  preview: { port: 4174, strictPort: true },
});
