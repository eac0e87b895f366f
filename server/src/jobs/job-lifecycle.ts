// The job's lifecycle: the one table of what may be done to a job in which status, and by whom.
// Booking (confirm, decline, reschedule and cancel an appointment), dispatch (assign, move,
// setJobStatus), the visit (on my way, arrived) and the work on site (notes and parts) all ask
// it; the admin API shows its answer as AdminJob.nextStatuses and AdminJob.visitMoves, so no
// client keeps a copy.
import type { JobStatus, StaffRole } from '../generated/prisma/enums.js';
import { Conflict, Forbidden } from '../errors/errors.js';

/** Who moves a job: the customer in the portal, the office (owner, admin, dispatcher) or a technician. */
export type JobActor = 'customer' | 'office' | 'technician';

/** What can be done to a job. Some change its status; the others need it to be in one of some statuses. */
export type JobMove = 'confirm' | 'decline' | 'onMyWay' | 'arrive' | 'start' | 'complete' | 'cancel' | 'reschedule' | 'assign' | 'recordWork';

/**
 * How far a scheduled job's visit has come: its technician has not set off, is on the way (with
 * an arrival time promised to the customer), or has arrived. Kept on the job as when each
 * happened (onMyWayAt, arrivedAt), so a scheduled job keeps its status until the work starts.
 */
export type VisitStage = 'not_started' | 'on_the_way' | 'arrived';

/** What the lifecycle reads of a job: its status and, for the visit's moves, its visit's times. */
export interface JobPosition {
  status: JobStatus;
  onMyWayAt?: Date | null;
  arrivedAt?: Date | null;
}

export function visitStage(job: JobPosition): VisitStage {
  if (job.arrivedAt) return 'arrived';
  return job.onMyWayAt ? 'on_the_way' : 'not_started';
}

interface Move {
  from: readonly JobStatus[];
  /** The visit stages the move starts from (any, when not given). */
  visit?: readonly VisitStage[];
  /** The status the move leads to; null when the job keeps its status. */
  to: JobStatus | null;
  by: readonly JobActor[];
  /** "This job is completed and can no longer be …". */
  done: string;
}

const OPEN: readonly JobStatus[] = ['requested', 'scheduled'];

const MOVES: Record<JobMove, Move> = {
  // An appointment request: the office confirms it (at the time asked or another) or declines it.
  confirm: { from: ['requested'], to: 'scheduled', by: ['office'], done: 'confirmed' },
  decline: { from: ['requested'], to: 'declined', by: ['office'], done: 'declined' },
  // The visit: its technician (or the office for them) says they are on the way with an arrival
  // time, and may say it again with a new one until they arrive. Neither changes the status.
  onMyWay: { from: ['scheduled'], visit: ['not_started', 'on_the_way'], to: null, by: ['office', 'technician'], done: 'announced on the way' },
  arrive: { from: ['scheduled'], visit: ['on_the_way'], to: null, by: ['office', 'technician'], done: 'marked arrived' },
  // The work: started and completed on site, by its technician or the office.
  start: { from: ['scheduled'], to: 'in_progress', by: ['office', 'technician'], done: 'started' },
  complete: { from: ['in_progress'], to: 'completed', by: ['office', 'technician'], done: 'completed' },
  // Calling it off or moving it, until the work starts: the office, or the customer online
  // (within the cancellation window: booking/cancellation-window.ts).
  cancel: { from: OPEN, to: 'cancelled', by: ['office', 'customer'], done: 'cancelled' },
  reschedule: { from: OPEN, to: null, by: ['office', 'customer'], done: 'moved' },
  assign: { from: ['scheduled'], to: null, by: ['office'], done: 'assigned' },
  // Notes and parts belong to work that is or was done, not to a job called off.
  recordWork: { from: ['requested', 'scheduled', 'in_progress', 'completed'], to: null, by: ['office', 'technician'], done: 'changed' },
};

/** The moves of the visit, in order (AdminJob.visitMoves). */
const VISIT_MOVES = ['onMyWay', 'arrive'] as const satisfies readonly JobMove[];
export type VisitMove = (typeof VISIT_MOVES)[number];

/** The moves setJobStatus makes: a change of status that needs nothing else (confirming needs a time, declining a reason). */
const STATUS_MOVES: readonly JobMove[] = ['start', 'complete', 'cancel'];

/** Statuses in which a job is over for the customer (with its time passed: see jobs.service.ts whenFilter). */
export const CLOSED_STATUSES: readonly JobStatus[] = ['completed', 'cancelled', 'declined'];

/** A job called off: left off the board and the technician's day. */
export const CALLED_OFF_STATUSES: readonly JobStatus[] = ['cancelled', 'declined'];

/** Why a move is refused (the API's `extensions.reason`). */
export type JobMoveRefusal =
  /** The job already has the status asked for. */
  | 'ALREADY_IN_STATUS'
  /** The move does not start from the job's status (e.g. cancelling a completed job). */
  | 'NOT_ALLOWED_IN_STATUS'
  /** The move exists from this status, but not for the caller (e.g. a technician cancelling). */
  | 'NOT_ALLOWED_FOR_ROLE'
  /** Arriving before being on the way. */
  | 'NOT_ON_THE_WAY'
  /** On the way, or arriving, once the technician has arrived. */
  | 'ALREADY_ARRIVED';

export const STATUS_LABEL: Record<JobStatus, string> = {
  requested: 'requested',
  scheduled: 'scheduled',
  in_progress: 'in progress',
  completed: 'completed',
  cancelled: 'cancelled',
  declined: 'declined',
};

export function staffActor(role: StaffRole): JobActor {
  return role === 'technician' ? 'technician' : 'office';
}

/**
 * Why `actor` may not make `move` on a job in `status` (and, for the visit's moves, at `visit`),
 * or null when they may: the status first, then the caller, then the visit.
 */
export function moveRefusal(status: JobStatus, move: JobMove, actor: JobActor, visit: VisitStage = 'not_started'): JobMoveRefusal | null {
  const rule = MOVES[move];
  if (!rule.from.includes(status)) return 'NOT_ALLOWED_IN_STATUS';
  if (!rule.by.includes(actor)) return 'NOT_ALLOWED_FOR_ROLE';
  if (rule.visit && !rule.visit.includes(visit)) return visit === 'arrived' ? 'ALREADY_ARRIVED' : 'NOT_ON_THE_WAY';
  return null;
}

export function mayMove(status: JobStatus, move: JobMove, actor: JobActor, visit: VisitStage = 'not_started'): boolean {
  return moveRefusal(status, move, actor, visit) === null;
}

/** The visit's moves `actor` may make on the job now, in order: what AdminJob.visitMoves shows. */
export function visitMoves(job: JobPosition, actor: JobActor): VisitMove[] {
  return VISIT_MOVES.filter((move) => mayMove(job.status, move, actor, visitStage(job)));
}

/** The status a move leads to (null: the job keeps its status). */
export function statusAfter(move: JobMove): JobStatus | null {
  return MOVES[move].to;
}

/**
 * Refuses `move` unless `actor` may make it now: CONFLICT "This appointment is completed and can no
 * longer be cancelled." (the customer's and booking's word is appointment; dispatch says job).
 */
export function assertMove(job: JobPosition, move: JobMove, actor: JobActor, noun: 'appointment' | 'job'): void {
  const refusal = moveRefusal(job.status, move, actor, visitStage(job));
  if (refusal === 'NOT_ALLOWED_IN_STATUS') {
    const label = STATUS_LABEL[job.status];
    if (move === 'recordWork') throw new Conflict(`This ${noun} is ${label}: its notes and parts can no longer change.`, refusal);
    throw new Conflict(`This ${noun} is ${label} and can no longer be ${MOVES[move].done}.`, refusal);
  }
  if (refusal === 'NOT_ON_THE_WAY') throw new Conflict(`Nobody is on the way to this ${noun} yet: say “on my way” first.`, refusal);
  if (refusal === 'ALREADY_ARRIVED') throw new Conflict(`The technician has already arrived for this ${noun}.`, refusal);
  if (refusal) throw new Forbidden(roleMessage(move), refusal);
}

/** The statuses setJobStatus accepts from `status` for `actor`, in the table's order. */
export function nextStatuses(status: JobStatus, actor: JobActor): JobStatus[] {
  return STATUS_MOVES.filter((move) => mayMove(status, move, actor)).flatMap((move) => MOVES[move].to ?? []);
}

/**
 * The move that takes a job from `from` to `to` for setJobStatus, or the refusal: CONFLICT when
 * no such move exists from this status, FORBIDDEN when it is not the caller's to make.
 */
export function statusMove(from: JobStatus, to: JobStatus, actor: JobActor): JobMove {
  if (from === to) throw new Conflict(`This job is already ${STATUS_LABEL[to]}.`, 'ALREADY_IN_STATUS');
  const move = STATUS_MOVES.find((candidate) => MOVES[candidate].to === to && MOVES[candidate].from.includes(from));
  if (!move) throw new Conflict(`This job is ${STATUS_LABEL[from]} and cannot be made ${STATUS_LABEL[to]}.`, 'NOT_ALLOWED_IN_STATUS');
  if (!MOVES[move].by.includes(actor)) throw new Forbidden(roleMessage(move), 'NOT_ALLOWED_FOR_ROLE');
  return move;
}

function roleMessage(move: JobMove): string {
  const verbs: Record<JobMove, string> = {
    confirm: 'confirm an appointment request',
    decline: 'decline an appointment request',
    onMyWay: 'say a technician is on the way',
    arrive: 'say a technician has arrived',
    start: 'start a job',
    complete: 'complete a job',
    cancel: 'cancel a job',
    reschedule: 'move a job',
    assign: 'assign a job',
    recordWork: 'change the notes and parts of a job',
  };
  return MOVES[move].by.includes('office') ? `Only the office can ${verbs[move]}.` : 'You are not allowed to do this.';
}
