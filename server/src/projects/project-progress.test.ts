import { describe, expect, it } from 'vitest';
import { phasesProgress, projectProgress } from './project-progress.js';

describe('a project’s overall progress', () => {
  it('is computed from the phases, each counting for its weight × its own progress', () => {
    expect(phasesProgress([])).toBe(0);
    expect(phasesProgress([{ progress: 50, weight: 1 }])).toBe(50);
    // Demolition (weight 1) done, framing (weight 3) half-way: (100 + 150) / 4.
    expect(
      phasesProgress([
        { progress: 100, weight: 1 },
        { progress: 50, weight: 3 },
      ]),
    ).toBe(62);
    expect(
      phasesProgress([
        { progress: 100, weight: 2 },
        { progress: 100, weight: 5 },
      ]),
    ).toBe(100);
  });

  it('rounds down, so 100 means every phase is finished', () => {
    expect(
      phasesProgress([
        { progress: 100, weight: 99 },
        { progress: 99, weight: 1 },
      ]),
    ).toBe(99);
  });

  it('reads out-of-range values as their nearest bound (a weight below 1 counts as 1)', () => {
    expect(
      phasesProgress([
        { progress: 150, weight: 0 },
        { progress: -10, weight: 1 },
      ]),
    ).toBe(50);
  });

  it('is the figure staff set in manual mode, whatever the phases say', () => {
    const phases = [{ progress: 100, weight: 1 }];
    expect(projectProgress('manual', 30, phases)).toBe(30);
    expect(projectProgress('manual', null, phases)).toBe(0);
    expect(projectProgress('phases', 30, phases)).toBe(100);
  });
});
