// The activity log's shared types. Entries are read through Customer.activity and the
// communications timeline, whose rules guard them; what they are about follows from there.
import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';

export const admin: EndpointModule = {
  resolvers: [],
  rules: { ActivitySubject: sameAsParent },
};
