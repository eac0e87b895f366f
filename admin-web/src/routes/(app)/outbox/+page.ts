import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { apiErrorCode, throwLoadError } from '@portico/web-shared/graphql/errors';
import { graphql } from '$lib/gql';
import { createLoadClient } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const Outbox = graphql(`
  query DevOutbox($after: String) {
    devOutbox(first: 20, after: $after) {
      nodes {
        id
        to
        subject
        text
        createdAt
        sentAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  const { me } = await event.parent();
  const after = event.url.searchParams.get('after') || null;
  const result = await createLoadClient(event).query(Outbox, { after }).toPromise();
  if (result.error) {
    const code = apiErrorCode(result.error);
    if (code === 'UNAUTHENTICATED') redirect(303, resolve('/login'));
    // Owners and admins are refused only when SMTP delivers the mail: say so rather than "access denied".
    if (code === 'FORBIDDEN' && (me.role === 'owner' || me.role === 'admin')) return { outbox: null, paged: false };
    throwLoadError(result.error);
  }
  if (!result.data) error(500, { message: 'Empty answer', code: 'INTERNAL' });
  return { outbox: result.data.devOutbox, paged: after !== null };
};
