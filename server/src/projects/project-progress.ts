// A project's overall progress, 0 to 100.
//
// Computed from the phases by default: each phase counts for weight × its own progress, so the
// overall figure cannot drift from what the phases say (a phase marked done moves it at once, and
// nobody has to remember to update a second number). A business that bills by its own schedule
// (progress as agreed with the customer, not as the phases stand) switches the project to MANUAL
// and sets the figure itself; the phases keep their own progress either way.
import type { ProjectProgressMode } from '../generated/prisma/enums.js';

export interface PhaseProgress {
  /** 0 to 100 */
  progress: number;
  /** 1 or more */
  weight: number;
}

/** Σ(weight × progress) / Σ weight, rounded down so 100 means every phase is finished; 0 without phases. */
export function phasesProgress(phases: readonly PhaseProgress[]): number {
  const totalWeight = phases.reduce((sum, phase) => sum + Math.max(1, phase.weight), 0);
  if (totalWeight === 0) return 0;
  const weighted = phases.reduce((sum, phase) => sum + Math.max(1, phase.weight) * clampPercent(phase.progress), 0);
  return Math.floor(weighted / totalWeight);
}

export function projectProgress(mode: ProjectProgressMode, manualProgress: number | null, phases: readonly PhaseProgress[]): number {
  if (mode === 'manual') return clampPercent(manualProgress ?? 0);
  return phasesProgress(phases);
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}
