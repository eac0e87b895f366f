import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { LiveAdminResolver, LivePortalResolver } from './live.resolver.js';

// Who may subscribe is on the resolver methods (@Allow), checked when the subscription starts
// (graphql/live-socket.ts); each event is then checked for its subscriber (live-visibility.ts).
export const portal: EndpointModule = { resolvers: [LivePortalResolver], rules: { LiveEvent: sameAsParent } };
export const admin: EndpointModule = { resolvers: [LiveAdminResolver], rules: { LiveEvent: sameAsParent } };
