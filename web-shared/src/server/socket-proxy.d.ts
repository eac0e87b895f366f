import type { Server } from 'node:http';

/** Relays WebSocket upgrades of `path` on `server` to the same path on the API (see socket-proxy.js). */
export function proxySockets(server: Server, options: { path: string; apiUrl: () => string | undefined }): void;
