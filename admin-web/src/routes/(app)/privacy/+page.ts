import { loadQuery } from '$lib/graphql/client';
import { useFragment } from '$lib/gql';
import type { PrivacyRequestStatus } from '$lib/gql/graphql';
import { AdminPrivacyRequests, PrivacyRequestFields } from '$lib/components/privacy/privacy-requests';
import type { PageLoad } from './$types';

/** ?status=all shows every request; waiting ones by default (what staff must act on). */
export const load: PageLoad = async (event) => {
  const all = event.url.searchParams.get('status') === 'all';
  const status: PrivacyRequestStatus | null = all ? null : 'requested';
  const { privacyRequests } = await loadQuery(event, AdminPrivacyRequests, { status });
  return { all, requests: privacyRequests.map((r) => useFragment(PrivacyRequestFields, r)) };
};
