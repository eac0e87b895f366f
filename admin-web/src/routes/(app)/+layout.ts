import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { isOffice } from '$lib/roles';
import { ATTENTION, BUSINESS } from '$lib/staff-layout';
import type { LayoutLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const AdminMe = graphql(`
  query AdminMe {
    me {
      id
      name
      email
      role
      timeZone
      currency
    }
    myUnreadNotificationCount
    teamUnreadThreadCount
    businessFeatures {
      projects
      meters
      supplies
    }
  }
`);

const AttentionCounts = graphql(`
  query AdminAttentionCounts {
    attentionCounts {
      total
      urgentRequests
    }
  }
`);

/**
 * Every staff page needs who is signed in (their role picks the navigation), the business's zone and
 * the bell's unread count (read in the same request).
 * The office also sees what waits in the requests inbox on the navigation; a page that handles a
 * request invalidates ATTENTION ($lib/staff-layout), which reloads the count. Everyone sees how many
 * conversations have customer messages the team has not read (then asked again on its own as
 * threads change: +layout.svelte). The business's switches hide areas that are off (Projects, Meters,
 * Supplies); saving them in Settings invalidates BUSINESS.
 */
export const load: LayoutLoad = async (event) => {
  liveDepends(event, 'REQUEST', 'JOB');
  event.depends(ATTENTION, BUSINESS);
  const { me, myUnreadNotificationCount, teamUnreadThreadCount, businessFeatures } = await loadQuery(event, AdminMe, {});
  const attention = isOffice(me.role) ? (await loadQuery(event, AttentionCounts, {})).attentionCounts : null;
  return {
    me,
    features: { projects: businessFeatures.projects, meters: businessFeatures.meters, supplies: businessFeatures.supplies },
    attention,
    unreadNotifications: myUnreadNotificationCount,
    unreadThreads: teamUnreadThreadCount,
  };
};
