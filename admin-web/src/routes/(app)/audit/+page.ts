import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { AuditLogPage, PAGE_SIZE, filterOf, paramsOf } from './audit-log';

const AuditStaff = graphql(`
  query AuditStaff {
    staffMembers {
      id
      name
    }
  }
`);

export const load: PageLoad = async (event) => {
  const params = paramsOf(event.url.searchParams);
  const [{ auditLog }, { staffMembers }] = await Promise.all([
    loadQuery(event, AuditLogPage, { filter: filterOf(params), first: PAGE_SIZE, after: null }),
    loadQuery(event, AuditStaff, {}),
  ]);
  return { auditLog, staff: staffMembers, params };
};
