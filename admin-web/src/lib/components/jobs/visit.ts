// A job's visit as the admin app shows it (OnMyWay.svelte): where it stands, the promised arrival
// time and the moves the caller may make. "On my way" and "Arrived" answer these fields, which the
// page merges into the job it shows.
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { JobVisitFieldsFragment } from '$lib/gql/graphql';

export const JobVisitFields = graphql(`
  fragment JobVisitFields on AdminJob {
    id
    status
    nextStatuses
    visitStage
    visitMoves
    onMyWayAt
    etaAt
    arrivedAt
  }
`);

/** The visit's fields, without the fragment's name: merged into a job of another query, it keeps that job's type. */
export type JobVisit = Omit<JobVisitFieldsFragment, ' $fragmentName'>;

export const visitOf = (job: FragmentType<typeof JobVisitFields>): JobVisit => useFragment(JobVisitFields, job);
