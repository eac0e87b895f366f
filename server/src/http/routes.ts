// Every domain's REST routes, in one list app.ts mounts.
import type { RestRoutes } from './rest.js';
import { calendarRoutes } from '../calendar/calendar.routes.js';

export const restRoutes: RestRoutes[] = [calendarRoutes];
