import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { STAFF } from '$lib/roles';
import type { PageLoad } from './$types';

const StaffList = graphql(`
  query StaffList {
    staffMembers {
      id
      name
      email
      role
      status
      createdAt
    }
  }
`);

export const load: PageLoad = async (event) => {
  event.depends(STAFF);
  const { staffMembers } = await loadQuery(event, StaffList, {});
  return { staff: staffMembers };
};
