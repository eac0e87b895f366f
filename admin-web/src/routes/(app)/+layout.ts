import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { isOffice } from '$lib/roles';
import { ATTENTION, BUSINESS } from '$lib/staff-layout';
import { DEALER_COUNTS } from '$lib/dealer';
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

const FlaggedReadings = graphql(`
  query AdminFlaggedReadings {
    meterReadingsForReview(first: 100) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const NewSupplyOrders = graphql(`
  query AdminNewSupplyOrders {
    supplyOrders(status: SUBMITTED, first: 100) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/**
 * Every staff page needs who is signed in (their role picks the navigation), the business's zone and
 * the bell's unread count (read in the same request).
 * The office also sees what waits in the requests inbox on the navigation; a page that handles a
 * request invalidates ATTENTION ($lib/staff-layout), which reloads the count. Everyone sees how many
 * conversations have customer messages the team has not read (then asked again on its own as
 * threads change: +layout.svelte). The business's switches hide areas that are off (Projects, Meters, Supplies); saving
 * them in Settings invalidates BUSINESS. An equipment dealer's office also sees how many readings wait
 * for review and how many supply orders are new (DEALER_COUNTS, and SUPPLY_ORDER live events).
 */
export const load: LayoutLoad = async (event) => {
  liveDepends(event, 'REQUEST', 'JOB', 'SUPPLY_ORDER');
  event.depends(ATTENTION, BUSINESS, DEALER_COUNTS);
  const { me, myUnreadNotificationCount, teamUnreadThreadCount, businessFeatures } = await loadQuery(event, AdminMe, {});
  const office = isOffice(me.role);
  const [attention, flagged, newOrders] = await Promise.all([
    office ? loadQuery(event, AttentionCounts, {}).then((r) => r.attentionCounts) : Promise.resolve(null),
    office && businessFeatures.meters ? loadQuery(event, FlaggedReadings, {}).then((r) => r.meterReadingsForReview) : Promise.resolve(null),
    office && businessFeatures.supplies ? loadQuery(event, NewSupplyOrders, {}).then((r) => r.supplyOrders) : Promise.resolve(null),
  ]);
  const dealer = {
    flaggedReadings: flagged ? { count: flagged.nodes.length, more: flagged.pageInfo.hasNextPage } : null,
    newSupplyOrders: newOrders ? { count: newOrders.nodes.length, more: newOrders.pageInfo.hasNextPage } : null,
  };
  return {
    me,
    features: { projects: businessFeatures.projects, meters: businessFeatures.meters, supplies: businessFeatures.supplies },
    attention,
    dealer,
    unreadNotifications: myUnreadNotificationCount,
    unreadThreads: teamUnreadThreadCount,
  };
};
