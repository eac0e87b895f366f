import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const MySessions = graphql(`
  query StaffSessions {
    sessions {
      id
      current
      createdAt
      lastSeenAt
      expiresAt
      browser
      os
      device
    }
    myNotificationPreferences {
      kind
      channel
      roleReceives
    }
  }
`);

export const load: PageLoad = async (event) => {
  const { sessions, myNotificationPreferences } = await loadQuery(event, MySessions, {});
  return { sessions, notificationPreferences: myNotificationPreferences };
};
