// The job lifecycle as a pure table: every status against every move and actor, in milliseconds.
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../generated/prisma/enums.js';
import { assertMove, mayMove, moveRefusal, nextStatuses, staffActor, statusAfter, statusMove, type JobActor } from './job-lifecycle.js';

const STATUSES: JobStatus[] = ['requested', 'scheduled', 'in_progress', 'completed', 'cancelled', 'declined'];
const ACTORS: JobActor[] = ['customer', 'office', 'technician'];

function errorOf(work: () => unknown): { code: unknown; reason: unknown; message: string } | null {
  try {
    work();
    return null;
  } catch (error) {
    const e = error as { message: string; extensions: Record<string, unknown> };
    return { code: e.extensions.code, reason: e.extensions.reason, message: e.message };
  }
}

describe('the job lifecycle', () => {
  it('setJobStatus moves: scheduled → in progress → completed; requested or scheduled → cancelled (the office only)', () => {
    const allowed = new Set<string>();
    for (const from of STATUSES)
      for (const to of STATUSES) for (const actor of ACTORS) if (errorOf(() => statusMove(from, to, actor)) === null) allowed.add(`${actor}: ${from}>${to}`);
    expect([...allowed].sort()).toEqual(
      [
        'customer: requested>cancelled',
        'customer: scheduled>cancelled',
        'office: requested>cancelled',
        'office: scheduled>cancelled',
        'office: scheduled>in_progress',
        'office: in_progress>completed',
        'technician: scheduled>in_progress',
        'technician: in_progress>completed',
      ].sort(),
    );
  });

  it('refuses a status change with a reason: the same status, a move that does not start there, a move not the caller’s', () => {
    expect(errorOf(() => statusMove('cancelled', 'cancelled', 'office'))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_IN_STATUS', message: 'This job is already cancelled.' });
    expect(errorOf(() => statusMove('cancelled', 'completed', 'office'))).toEqual({
      code: 'CONFLICT',
      reason: 'NOT_ALLOWED_IN_STATUS',
      message: 'This job is cancelled and cannot be made completed.',
    });
    // Confirming a request takes a time and a technician: confirmAppointment, not setJobStatus.
    expect(errorOf(() => statusMove('requested', 'scheduled', 'office'))?.reason).toBe('NOT_ALLOWED_IN_STATUS');
    expect(errorOf(() => statusMove('scheduled', 'cancelled', 'technician'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_ALLOWED_FOR_ROLE',
      message: 'Only the office can cancel a job.',
    });
    // A move that does not start from the status is a conflict whoever asks.
    expect(errorOf(() => statusMove('completed', 'cancelled', 'technician'))?.reason).toBe('NOT_ALLOWED_IN_STATUS');
  });

  it('next statuses are the table for the caller: technicians do not cancel', () => {
    expect(nextStatuses('scheduled', 'office')).toEqual(['in_progress', 'cancelled']);
    expect(nextStatuses('scheduled', 'technician')).toEqual(['in_progress']);
    expect(nextStatuses('in_progress', 'technician')).toEqual(['completed']);
    expect(nextStatuses('requested', 'office')).toEqual(['cancelled']);
    expect(nextStatuses('requested', 'technician')).toEqual([]);
    for (const status of ['completed', 'cancelled', 'declined'] as const) for (const actor of ACTORS) expect(nextStatuses(status, actor)).toEqual([]);
    // Every next status is one setJobStatus accepts.
    for (const from of STATUSES) for (const actor of ACTORS) for (const to of nextStatuses(from, actor)) expect(errorOf(() => statusMove(from, to, actor))).toBeNull();
  });

  it('appointments: confirmed or declined only while requested; moved or cancelled until the work starts', () => {
    expect(STATUSES.filter((s) => mayMove(s, 'confirm', 'office'))).toEqual(['requested']);
    expect(STATUSES.filter((s) => mayMove(s, 'decline', 'office'))).toEqual(['requested']);
    expect(STATUSES.filter((s) => mayMove(s, 'reschedule', 'customer'))).toEqual(['requested', 'scheduled']);
    expect(STATUSES.filter((s) => mayMove(s, 'cancel', 'customer'))).toEqual(['requested', 'scheduled']);
    expect(moveRefusal('requested', 'confirm', 'customer')).toBe('NOT_ALLOWED_FOR_ROLE');
    expect(statusAfter('confirm')).toBe('scheduled');
    expect(statusAfter('reschedule')).toBeNull();
    expect(
      errorOf(() => {
        assertMove({ status: 'scheduled' }, 'confirm', 'office', 'appointment');
      }),
    ).toEqual({
      code: 'CONFLICT',
      reason: 'NOT_ALLOWED_IN_STATUS',
      message: 'This appointment is scheduled and can no longer be confirmed.',
    });
    expect(
      errorOf(() => {
        assertMove({ status: 'in_progress' }, 'reschedule', 'customer', 'appointment');
      })?.message,
    ).toBe('This appointment is in progress and can no longer be moved.');
  });

  it('dispatch: only a scheduled job is assigned; notes and parts change unless the job was called off', () => {
    expect(STATUSES.filter((s) => mayMove(s, 'assign', 'office'))).toEqual(['scheduled']);
    expect(
      errorOf(() => {
        assertMove({ status: 'completed' }, 'assign', 'office', 'job');
      })?.message,
    ).toBe('This job is completed and can no longer be assigned.');
    expect(STATUSES.filter((s) => mayMove(s, 'recordWork', 'technician'))).toEqual(['requested', 'scheduled', 'in_progress', 'completed']);
    expect(
      errorOf(() => {
        assertMove({ status: 'declined' }, 'recordWork', 'office', 'job');
      }),
    ).toEqual({
      code: 'CONFLICT',
      reason: 'NOT_ALLOWED_IN_STATUS',
      message: 'This job is declined: its notes and parts can no longer change.',
    });
  });

  it('owners, admins and dispatchers are the office; technicians are themselves', () => {
    expect((['owner', 'admin', 'dispatcher', 'technician'] as const).map(staffActor)).toEqual(['office', 'office', 'office', 'technician']);
  });
});
