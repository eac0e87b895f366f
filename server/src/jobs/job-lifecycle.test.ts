// The job lifecycle as a pure table: every status against every move and actor, in milliseconds.
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../generated/prisma/enums.js';
import { assertMove, mayMove, moveRefusal, nextStatuses, staffActor, statusAfter, statusMove, visitMoves, visitStage, type JobActor, type VisitStage } from './job-lifecycle.js';

const STATUSES: JobStatus[] = ['requested', 'scheduled', 'in_progress', 'completed', 'cancelled', 'declined'];
const ACTORS: JobActor[] = ['customer', 'office', 'technician'];
const STAGES: VisitStage[] = ['not_started', 'on_the_way', 'arrived'];
const AT = new Date('2026-11-20T15:00:00Z');
const visit: Record<VisitStage, { onMyWayAt: Date | null; arrivedAt: Date | null }> = {
  not_started: { onMyWayAt: null, arrivedAt: null },
  on_the_way: { onMyWayAt: AT, arrivedAt: null },
  arrived: { onMyWayAt: AT, arrivedAt: AT },
};

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

  it('the visit: on my way (again, with a new arrival time) until arrived, then arrived once; only on a scheduled job, by its technician or the office', () => {
    const allowed = new Set<string>();
    for (const status of STATUSES)
      for (const stage of STAGES)
        for (const actor of ACTORS) for (const move of ['onMyWay', 'arrive'] as const) if (mayMove(status, move, actor, stage)) allowed.add(`${actor}: ${move} ${status}/${stage}`);
    expect([...allowed].sort()).toEqual(
      [
        'office: onMyWay scheduled/not_started',
        'office: onMyWay scheduled/on_the_way',
        'office: arrive scheduled/on_the_way',
        'technician: onMyWay scheduled/not_started',
        'technician: onMyWay scheduled/on_the_way',
        'technician: arrive scheduled/on_the_way',
      ].sort(),
    );
    expect(moveRefusal('scheduled', 'arrive', 'technician', 'not_started')).toBe('NOT_ON_THE_WAY');
    expect(moveRefusal('scheduled', 'arrive', 'technician', 'arrived')).toBe('ALREADY_ARRIVED');
    expect(moveRefusal('scheduled', 'onMyWay', 'office', 'arrived')).toBe('ALREADY_ARRIVED');
    expect(moveRefusal('in_progress', 'onMyWay', 'technician', 'not_started')).toBe('NOT_ALLOWED_IN_STATUS');
    expect(moveRefusal('scheduled', 'onMyWay', 'customer', 'not_started')).toBe('NOT_ALLOWED_FOR_ROLE');
    expect(statusAfter('onMyWay')).toBeNull();
    expect(statusAfter('arrive')).toBeNull();
  });

  it('the visit stage comes from its times; the visit moves offered follow it', () => {
    for (const stage of STAGES) expect(visitStage({ status: 'scheduled', ...visit[stage] })).toBe(stage);
    expect(visitMoves({ status: 'scheduled', ...visit.not_started }, 'technician')).toEqual(['onMyWay']);
    expect(visitMoves({ status: 'scheduled', ...visit.on_the_way }, 'technician')).toEqual(['onMyWay', 'arrive']);
    expect(visitMoves({ status: 'scheduled', ...visit.arrived }, 'office')).toEqual([]);
    expect(visitMoves({ status: 'in_progress', ...visit.on_the_way }, 'office')).toEqual([]);
    expect(visitMoves({ status: 'scheduled', ...visit.on_the_way }, 'customer')).toEqual([]);
    // Starting the work does not wait for the visit: a technician may start without saying they are on the way.
    for (const stage of STAGES) expect(mayMove('scheduled', 'start', 'technician', stage)).toBe(true);
  });

  it('refuses a visit move with a reason and a sentence', () => {
    expect(
      errorOf(() => {
        assertMove({ status: 'scheduled', ...visit.not_started }, 'arrive', 'technician', 'job');
      }),
    ).toEqual({ code: 'CONFLICT', reason: 'NOT_ON_THE_WAY', message: 'Nobody is on the way to this job yet: say “on my way” first.' });
    expect(
      errorOf(() => {
        assertMove({ status: 'scheduled', ...visit.arrived }, 'onMyWay', 'office', 'job');
      }),
    ).toEqual({ code: 'CONFLICT', reason: 'ALREADY_ARRIVED', message: 'The technician has already arrived for this job.' });
    expect(
      errorOf(() => {
        assertMove({ status: 'completed' }, 'onMyWay', 'technician', 'job');
      })?.message,
    ).toBe('This job is completed and can no longer be announced on the way.');
  });

  it('owners, admins and dispatchers are the office; technicians are themselves', () => {
    expect((['owner', 'admin', 'dispatcher', 'technician'] as const).map(staffActor)).toEqual(['office', 'office', 'office', 'technician']);
  });
});
