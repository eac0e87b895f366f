// Every domain's REST routes, in one list app.ts mounts.
import type { RestRoutes } from './rest.js';

export const restRoutes: RestRoutes[] = [];
