// Starting a conversation about a job, a request, an invoice, a project, a quote or anything (`?about=JOB:<id>`, `?about=GENERAL`):
// when there is one already, it opens instead.
import { error, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { draftOf, parseAbout, threadPath } from '$lib/messages';
import { requireRight, type PortalArea } from '$lib/contacts';
import type { ThreadAnchorType } from '$lib/gql/graphql';
import type { PageLoad } from './$types';

const PortalNewThread = graphql(`
  query PortalNewThread($anchor: ThreadAnchorInput!, $id: ID!, $job: Boolean!, $request: Boolean!, $invoice: Boolean!, $project: Boolean!, $quote: Boolean!) {
    threadAbout(anchor: $anchor) {
      id
    }
    job(id: $id) @include(if: $job) {
      id
      title
    }
    serviceRequest(id: $id) @include(if: $request) {
      id
      description
    }
    invoice(id: $id) @include(if: $invoice) {
      id
      number
    }
    project(id: $id) @include(if: $project) {
      id
      name
    }
    quote(id: $id) @include(if: $quote) {
      id
      number
      title
    }
  }
`);

/** The right a conversation's subject needs (a project or anything at all: none). */
const ANCHOR_AREA: Partial<Record<ThreadAnchorType, PortalArea>> = { JOB: 'appointments', REQUEST: 'requests', INVOICE: 'invoices', QUOTE: 'invoices' };

/** A request is known by its first words. */
function firstWords(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

export const load: PageLoad = async (event) => {
  const anchor = parseAbout(event.url.searchParams.get('about'));
  if (!anchor) error(404, { message: 'Unknown subject', code: 'NOT_FOUND' });
  // A conversation about what the contact may not see says so, as that page would.
  const area = ANCHOR_AREA[anchor.type];
  if (area) requireRight((await event.parent()).me.contact, area);
  const answer = await loadQuery(event, PortalNewThread, {
    anchor,
    id: anchor.id ?? '',
    job: anchor.type === 'JOB',
    request: anchor.type === 'REQUEST',
    invoice: anchor.type === 'INVOICE',
    project: anchor.type === 'PROJECT',
    quote: anchor.type === 'QUOTE',
  });
  if (answer.threadAbout) redirect(303, threadPath(event.params.tenant, answer.threadAbout.id, event.url, draftOf(event.url)));
  const label =
    answer.job?.title ??
    (answer.serviceRequest ? firstWords(answer.serviceRequest.description) : null) ??
    answer.invoice?.number ??
    answer.project?.name ??
    (answer.quote ? `${answer.quote.number} · ${answer.quote.title}` : null) ??
    null;
  return { anchor: { type: anchor.type, id: anchor.id ?? null, label }, draft: draftOf(event.url) };
};
