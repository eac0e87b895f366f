// The facts normalisers on small fixed answers: Portico's shape and PostGraphile's carry the
// same facts; a changed number, row or order shows as a difference.
import { describe, expect, it } from 'vitest';
import { factsOf, firstDifference, NoFacts } from './facts.js';
import { renderScale, throughputRatio, type Measured, type TargetResult } from './report.js';

const porticoDashboard = {
  data: {
    dashboard: {
      currency: 'USD',
      amountDueMinor: 99450,
      overdueAmountMinor: 66250,
      counts: { upcomingAppointments: 2, openRequests: 1, unpaidInvoices: 2, overdueInvoices: 1, awaitingReview: 1, documents: 2, assets: 2 },
      nextAppointments: [
        {
          id: 'j9',
          title: 'Repair',
          status: 'requested',
          scheduledStart: '2026-12-14T09:32:15.617Z',
          scheduledEnd: '2026-12-14T11:32:15.617Z',
          technicianName: null,
          site: { label: 'Office' },
        },
        {
          id: 'j10',
          title: 'Installation',
          status: 'scheduled',
          scheduledStart: '2027-02-04T11:32:15.617Z',
          scheduledEnd: '2027-02-04T12:32:15.617Z',
          technicianName: 'Morgan Diaz',
          site: { label: 'Office' },
        },
      ],
      openRequests: [{ id: 'r3', description: 'Knocking noise', urgency: 'emergency', status: 'submitted', createdAt: '2026-11-13T20:53:19.437Z' }],
      unpaidInvoices: [
        { id: 'i8', number: 'INV-001008', dueDate: '2026-11-13', totalMinor: 53600, amountDueMinor: 53600, status: 'overdue' },
        { id: 'i7', number: 'INV-001007', dueDate: '2026-12-23', totalMinor: 45850, amountDueMinor: 45850, status: 'unpaid' },
      ],
      awaitingReview: [{ id: 'j8', title: 'Maintenance visit', completedAt: '2026-09-22T00:32:15.617Z' }],
    },
  },
};

const postgraphileDashboard = {
  data: {
    currentCustomer: {
      dashboardSummary: {
        currency: 'USD',
        amountDueMinor: 99450,
        overdueAmountMinor: 66250,
        upcomingAppointments: 2,
        openRequests: 1,
        unpaidInvoices: 2,
        overdueInvoices: 1,
        awaitingReview: 1,
        documents: 2,
        assets: 2,
      },
      nextAppointments: {
        nodes: [
          {
            rowId: 'j9',
            title: 'Repair',
            status: 'requested',
            scheduledStart: '2026-12-14T09:32:15.617000+00:00',
            scheduledEnd: '2026-12-14T11:32:15.617000+00:00',
            technician: null,
            site: { label: 'Office' },
          },
          {
            rowId: 'j10',
            title: 'Installation',
            status: 'scheduled',
            scheduledStart: '2027-02-04T12:32:15.617000+01:00',
            scheduledEnd: '2027-02-04T12:32:15.617000+00:00',
            technician: { name: 'Morgan Diaz' },
            site: { label: 'Office' },
          },
        ],
      },
      openRequests: { nodes: [{ rowId: 'r3', description: 'Knocking noise', urgency: 'emergency', status: 'submitted', createdAt: '2026-11-13T20:53:19.437+00:00' }] },
      unpaidInvoices: {
        nodes: [
          { rowId: 'i8', number: 'INV-001008', dueDate: '2026-11-13', totalMinor: 53600, amountDueMinor: 53600, displayStatus: 'overdue' },
          { rowId: 'i7', number: 'INV-001007', dueDate: '2026-12-23', totalMinor: 45850, amountDueMinor: 45850, displayStatus: 'unpaid' },
        ],
      },
      awaitingReview: { nodes: [{ rowId: 'j8', title: 'Maintenance visit', completedAt: '2026-09-22T00:32:15.617000+00:00' }] },
    },
  },
};

const porticoInvoices = {
  data: {
    invoices: {
      nodes: [
        {
          id: 'i7',
          number: 'INV-001007',
          status: 'unpaid',
          issueDate: '2026-11-23',
          dueDate: '2026-12-23',
          totalMinor: 33200,
          amountDueMinor: 33200,
          currency: 'USD',
          recurringLabel: 'Annual maintenance plan',
          lines: [{ description: 'Labour', quantity: 2, unitPriceMinor: 16600, totalMinor: 33200 }],
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: 'aTc' },
    },
  },
};

const postgraphileInvoices = {
  data: {
    currentCustomer: {
      invoices: {
        nodes: [
          {
            rowId: 'i7',
            number: 'INV-001007',
            displayStatus: 'unpaid',
            issueDate: '2026-11-23',
            dueDate: '2026-12-23',
            totalMinor: 33200,
            amountDueMinor: 33200,
            currency: 'USD',
            agreement: { name: 'Annual maintenance plan' },
            lines: { nodes: [{ description: 'Labour', quantity: 2, unitPriceMinor: 16600, totalMinor: 33200 }] },
          },
        ],
        pageInfo: { hasNextPage: false, endCursor: 'WyJwcmltYXJ5X2tleV9hc2MiXQ==' },
      },
    },
  },
};

describe('facts', () => {
  it("finds the same dashboard facts in Portico's answer and in PostGraphile's, whatever the timestamp notation", () => {
    const portico = factsOf('dashboard', 'portico', porticoDashboard);
    expect(factsOf('dashboard', 'postgraphile', postgraphileDashboard)).toEqual(portico);
    expect(portico).toMatchObject({ counts: { overdueInvoices: 1 }, nextAppointments: [{ siteLabel: 'Office', technicianName: null }, { technicianName: 'Morgan Diaz' }] });
  });

  it('finds the same invoice list facts in both shapes, cursors left out', () => {
    expect(factsOf('invoices', 'postgraphile', postgraphileInvoices)).toEqual(factsOf('invoices', 'portico', porticoInvoices));
  });

  it('names the first fact that differs: a count, a row out of order', () => {
    const portico = factsOf('dashboard', 'portico', porticoDashboard);
    const changed = structuredClone(postgraphileDashboard);
    changed.data.currentCustomer.dashboardSummary.overdueInvoices = 2;
    expect(firstDifference(factsOf('dashboard', 'postgraphile', changed), portico)).toBe('counts.overdueInvoices: 2 ≠ 1');
    const reordered = structuredClone(postgraphileDashboard);
    reordered.data.currentCustomer.unpaidInvoices.nodes.reverse();
    expect(firstDifference(factsOf('dashboard', 'postgraphile', reordered), portico)).toBe('unpaidInvoices[0].id: "i7" ≠ "i8"');
    expect(firstDifference(portico, factsOf('dashboard', 'portico', porticoDashboard))).toBeNull();
  });

  it('refuses an answer that does not carry the facts (a refused request, an error)', () => {
    expect(() => factsOf('invoices', 'postgraphile', { data: { currentCustomer: null } })).toThrow(NoFacts);
    expect(() => factsOf('dashboard', 'portico', { errors: [{ message: 'Sign in to continue.' }] })).toThrow(NoFacts);
  });
});

describe('report', () => {
  const measured = (rps: number, p50: number): Measured => ({
    rps,
    requests: 1000,
    p50,
    p95: p50 * 2,
    p99: p50 * 3,
    errors: 0,
    non2xx: 0,
    graphqlErrors: 0,
    apiCpuMsPerRequest: 2.5,
    pgCpuMsPerRequest: null,
    rounds: [],
  });

  it('gives the throughput ratio of the medians, Portico first', () => {
    const t: TargetResult = {
      target: 'dashboard',
      failures: {},
      notServed: [],
      sameJson: true,
      sameFacts: {},
      statements: null,
      runs: { portico: measured(150, 100), postgraphile: measured(300, 50), baseline: measured(200, 70) },
    };
    expect(throughputRatio(t, 'postgraphile')).toBe('0.50');
    expect(throughputRatio(t, 'baseline')).toBe('0.75');
    expect(throughputRatio({ ...t, runs: { portico: measured(150, 100) } }, 'baseline')).toBeNull();
  });

  it('states the scale ratio with both p50s and whether it is within 1.10', () => {
    const lines = renderScale({
      dataset: { database: 'portico_bench_tenth', marker: 'portico-bench dataset v1 20x500', counts: { customers: 10000 }, generationSeconds: 0, reused: true },
      full: measured(150, 105),
      tenth: measured(160, 100),
      ratio: 1.05,
    }).join('\n');
    expect(lines).toContain('p50 at full size / p50 at a tenth: 1.05 (105 ms / 100 ms; target ≤ 1.10: **met**)');
    expect(lines).toContain('| full size | 150 | 105 ms | 210 ms | 315 ms | 0 | 2.50 | n/a |');
  });
});
