// A job as "My day" shows it: the day's query loads the jobs, and each write on one (its status,
// an internal note) answers with the same fields, which the page puts in place of the old one; the
// visit's writes (on my way, arrived) answer the visit's fields, merged into it.
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { MyDayJobFieldsFragment } from '$lib/gql/graphql';

export const MyDayJobFields = graphql(`
  fragment MyDayJobFields on AdminJob {
    id
    title
    status
    nextStatuses
    visitStage
    visitMoves
    onMyWayAt
    etaAt
    arrivedAt
    localStartTime
    localEndTime
    customerName
    customerPhone
    siteLabel
    siteAddress
    mapUrl
    accessInstructions
    description
    serviceType {
      id
      name
    }
    internalNotes {
      id
      body
      authorName
      createdAt
    }
  }
`);

export type MyDayJob = MyDayJobFieldsFragment;

export const myDayJob = (job: FragmentType<typeof MyDayJobFields>): MyDayJob => useFragment(MyDayJobFields, job);
