// A project's status, and the one table of the moves allowed between them. Clients read a
// project's nextStates; nothing else decides whether a move is allowed.
import type { ProjectStatus } from '../generated/prisma/enums.js';

const MOVES: Record<ProjectStatus, readonly ProjectStatus[]> = {
  planning: ['in_progress', 'cancelled'],
  in_progress: ['on_hold', 'completed', 'cancelled'],
  on_hold: ['in_progress', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** The statuses a project in `status` may move to. */
export function nextProjectStates(status: ProjectStatus): ProjectStatus[] {
  return [...MOVES[status]];
}

export function mayMoveProject(from: ProjectStatus, to: ProjectStatus): boolean {
  return MOVES[from].includes(to);
}
