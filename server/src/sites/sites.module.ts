import { customer, sameAsParent, staff } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { SitePortalResolver } from './sites.portal.resolver.js';
import { SiteAdminResolver } from './sites.admin.resolver.js';

export const portal: EndpointModule = {
  resolvers: [SitePortalResolver],
  idempotent: ['addMySite'],
  rules: {
    Query: { sites: customer, site: customer },
    Mutation: { addMySite: customer, updateMySite: customer, deleteMySite: customer },
    Site: sameAsParent,
  },
};

const office = staff('owner', 'admin', 'dispatcher');

export const admin: EndpointModule = {
  resolvers: [SiteAdminResolver],
  idempotent: ['createSite'],
  rules: { Mutation: { createSite: office, updateSite: office, deleteSite: office }, Site: sameAsParent, Attribution: sameAsParent },
};
