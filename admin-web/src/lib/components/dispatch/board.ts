// The dispatch board's jobs and the two ways to place one: assign (same time) or move.
import { graphql } from '$lib/gql';
import type { DispatchWeekQuery, JobStatus } from '$lib/gql/graphql';
import type { Form } from '@portico/web-shared/forms';
import type { MessageKey } from '$lib/i18n';
import { zonedInstant } from '@portico/web-shared/zoned';

export type BoardJob = DispatchWeekQuery['dispatchBoard']['days'][number]['lanes'][number]['jobs'][number];
export interface BoardTechnician {
  id: string;
  name: string;
}

const AssignJob = graphql(`
  mutation BoardAssignJob($id: ID!, $technicianId: ID) {
    assignJob(id: $id, technicianId: $technicianId) {
      id
      technicianId
    }
  }
`);

const MoveJob = graphql(`
  mutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {
    moveJob(id: $id, start: $start, technicianId: $technicianId) {
      id
      scheduledStart
      technicianId
    }
  }
`);

/** What the board's writes invalidate: the API groups the week into days and lanes, so it is read again. */
export const DISPATCH_WEEK = 'admin:dispatch-week';

/** What the job page's parts and documents invalidate (they own their writes). */
export const JOB_DETAIL = 'admin:job';

export const SetJobStatus = graphql(`
  mutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {
    setJobStatus(id: $id, status: $status) {
      id
      status
      nextStatuses
      visitStage
      visitMoves
    }
  }
`);

/** Where a job goes: a business day, a wall-clock start, a technician (null keeps or finds one). */
export interface Placement {
  date: string;
  time: string;
  technicianId: string | null;
}

/** Assigns when only the technician changes on a scheduled job, else moves; false when the API refused. */
export async function moveJobTo<F extends string>(action: Form<F, MessageKey>, job: BoardJob, to: Placement, timeZone: string): Promise<boolean> {
  const sameTime = to.date === job.localDate && to.time === job.localStartTime;
  if (sameTime && to.technicianId && job.status === 'scheduled') {
    return (await action.run(AssignJob, { id: job.id, technicianId: to.technicianId })) !== null;
  }
  const start = zonedInstant(to.date, to.time, timeZone);
  return (await action.run(MoveJob, { id: job.id, start, technicianId: to.technicianId })) !== null;
}

export function statusTone(status: JobStatus): 'neutral' | 'info' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'requested':
      return 'warning';
    case 'scheduled':
      return 'info';
    case 'in_progress':
      return 'info';
    case 'completed':
      return 'success';
    default:
      return 'danger';
  }
}
