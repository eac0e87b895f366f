// The pure parts of measuring: /proc stat lines, medians over rounds, the rotating order, CPU per request.
import { describe, expect, it } from 'vitest';
import { cpuPerRequest, median, medianRun, pagesPerRequest, parseProcStat, rotation } from './measure.js';
import type { Run } from './report.js';

const run = (over: Partial<Run>): Run => ({
  rps: 100,
  requests: 1000,
  p50: 10,
  p95: 20,
  p99: 30,
  errors: 0,
  non2xx: 0,
  graphqlErrors: 0,
  apiCpuMsPerRequest: 1,
  pgCpuMsPerRequest: 2,
  ...over,
});

describe('measuring', () => {
  it('reads utime and stime from a /proc/<pid>/stat line whose command holds spaces and parentheses', () => {
    const line =
      '4242 (postgres: bench (x)) S 2215 2215 2215 0 -1 4194560 1234 0 0 0 1520 377 0 0 20 0 1 0 5551 227459072 3520 18446744073709551615 1 1 0 0 0 0 4194304 19935232 536888839 0 0 0 17 1 0 0 0 0 0\n';
    expect(parseProcStat(line)).toEqual({ comm: 'postgres: bench (x)', utime: 1520, stime: 377 });
    expect(() => parseProcStat('garbage')).toThrow();
  });

  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('lets each server go first in turn', () => {
    const servers = ['portico', 'postgraphile', 'baseline'];
    expect([0, 1, 2, 3].map((round) => rotation(servers, round))).toEqual([
      ['portico', 'postgraphile', 'baseline'],
      ['postgraphile', 'baseline', 'portico'],
      ['baseline', 'portico', 'postgraphile'],
      ['portico', 'postgraphile', 'baseline'],
    ]);
    expect(rotation([], 2)).toEqual([]);
  });

  it('reports the median of each figure over the rounds, adds up errors and requests, and leaves CPU unknown when a round could not read it', () => {
    const m = medianRun([run({ rps: 90, p50: 12, errors: 1 }), run({ rps: 120, p50: 9, non2xx: 2 }), run({ rps: 100, p50: 10, pgCpuMsPerRequest: null, apiCpuMsPerRequest: 3 })]);
    expect(m).toMatchObject({ rps: 100, p50: 10, requests: 3000, errors: 1, non2xx: 2, apiCpuMsPerRequest: 1, pgCpuMsPerRequest: null });
    expect(m.rounds).toHaveLength(3);
  });

  it('divides the CPU ticks used between two snapshots by the requests served, counting a backend that appeared in between from zero', () => {
    const before = { api: 1000, backends: new Map([[11, 500]]) };
    const after = {
      api: 1300,
      backends: new Map([
        [11, 700],
        [12, 100],
      ]),
    };
    // 300 ticks at 100/s = 3 s over 1000 requests; PostgreSQL: 200 + 100 ticks.
    expect(cpuPerRequest(before, after, 1000, 100)).toEqual({ api: 3, pg: 3 });
    expect(cpuPerRequest({ api: null, backends: null }, { api: 5, backends: null }, 10, 100)).toEqual({ api: null, pg: null });
  });

  it('divides the pages touched between two readings by the requests served, and takes the median of each count over rounds', () => {
    expect(pagesPerRequest({ hit: 1000, read: 50 }, { hit: 97_000, read: 2_050 }, 1000)).toEqual({ hit: 96, read: 2 });
    expect(pagesPerRequest(null, { hit: 1, read: 1 }, 10)).toBeNull();
    expect(pagesPerRequest({ hit: 1, read: 1 }, { hit: 2, read: 2 }, 0)).toBeNull();
    const pages = (hit: number, read: number) => ({ hit, read });
    expect(medianRun([run({ pagesPerRequest: pages(96, 9) }), run({ pagesPerRequest: pages(95, 12) }), run({ pagesPerRequest: pages(97, 10) })]).pagesPerRequest).toEqual(
      pages(96, 10),
    );
    expect(medianRun([run({ pagesPerRequest: pages(96, 9) }), run({ pagesPerRequest: null })]).pagesPerRequest).toBeNull();
  });
});
