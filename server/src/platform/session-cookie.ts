// The cookie each endpoint's session travels in (the web apps relay it; the API reads it).
import type { Endpoint } from '../context/principal.js';

export const SESSION_COOKIE: Record<Endpoint, string> = {
  portal: 'portico_portal_session',
  admin: 'portico_admin_session',
};
