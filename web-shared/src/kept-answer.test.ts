import { describe, expect, it } from 'vitest';
import { keptAnswer } from './kept-answer.svelte.js';

describe('keptAnswer', () => {
  it("keeps a mutation's answer while the page's data still holds the value it replaced", () => {
    const first = { status: 'submitted' };
    let data = { request: first, layout: 1 };
    const request = keptAnswer(() => data.request);
    expect(request.current).toBe(first);
    request.current = { status: 'confirmed' };
    // A layout reload rebuilds `data` around the page's unchanged load.
    data = { request: first, layout: 2 };
    expect(request.current).toEqual({ status: 'confirmed' });
  });

  it("gives way to the page's own reload", () => {
    let data = { request: { status: 'submitted' } };
    const request = keptAnswer(() => data.request);
    request.current = { status: 'confirmed' };
    const reloaded = { status: 'scheduled' };
    data = { request: reloaded };
    expect(request.current).toBe(reloaded);
  });

  it('a second answer replaces the first', () => {
    const data = { count: 1 };
    const count = keptAnswer(() => data.count);
    count.current = 2;
    count.current = 3;
    expect(count.current).toBe(3);
  });
});
