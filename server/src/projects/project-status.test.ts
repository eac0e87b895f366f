import { describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../generated/prisma/enums.js';
import { mayMoveProject, nextProjectStates } from './project-status.js';

const ALL: ProjectStatus[] = ['planning', 'in_progress', 'on_hold', 'completed', 'cancelled'];

describe('a project’s status', () => {
  it('moves planning → in_progress ↔ on_hold → completed, and to cancelled until it is completed', () => {
    expect(nextProjectStates('planning')).toEqual(['in_progress', 'cancelled']);
    expect(nextProjectStates('in_progress')).toEqual(['on_hold', 'completed', 'cancelled']);
    expect(nextProjectStates('on_hold')).toEqual(['in_progress', 'cancelled']);
  });

  it('ends at completed or cancelled', () => {
    expect(nextProjectStates('completed')).toEqual([]);
    expect(nextProjectStates('cancelled')).toEqual([]);
  });

  it('cannot skip ahead: a project on hold or in planning is not completed directly, and none moves to planning', () => {
    expect(mayMoveProject('planning', 'completed')).toBe(false);
    expect(mayMoveProject('on_hold', 'completed')).toBe(false);
    expect(mayMoveProject('planning', 'on_hold')).toBe(false);
    for (const from of ALL) expect(mayMoveProject(from, 'planning')).toBe(false);
    for (const from of ALL) for (const to of ALL) expect(mayMoveProject(from, to)).toBe(nextProjectStates(from).includes(to));
  });

  it('hands out a copy: a caller changing the list changes no rule', () => {
    nextProjectStates('planning').push('completed');
    expect(mayMoveProject('planning', 'completed')).toBe(false);
  });
});
