// The account's contacts (issue 22): for the primary contact and contacts with the contacts right;
// anyone else sees the "no access" state. Sites are the account's, for the site limits.
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { CONTACTS, requireRight } from '$lib/contacts';
import type { PageLoad } from './$types';

const PortalContacts = graphql(`
  query PortalContacts {
    contacts {
      id
      name
      email
      phone
      locale
      isPrimary
      status
      rights
      siteIds
      lastLoginAt
      isMe
    }
    sites {
      id
      label
    }
  }
`);

export const load: PageLoad = async (event) => {
  event.depends(CONTACTS);
  requireRight((await event.parent()).me.contact, 'contacts');
  const { contacts, sites } = await loadQuery(event, PortalContacts, {});
  // The primary contact first, then oneself, then by name.
  const sorted = [...contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name));
  return { contacts: sorted, sites };
};
