// The facts a page shows, whatever the JSON shape that carried them: each server's answer is
// turned into one canonical object per target so the three servers can be compared before any
// load. Portico and the baseline share Portico's GraphQL shape; PostGraphile answers its
// generated schema (rowId, relation fields, connections under currentCustomer).

export type FactsTarget = 'dashboard' | 'invoices' | 'reviews' | 'ping';
export type Shape = 'portico' | 'postgraphile';

export interface DashboardFacts {
  currency: string;
  amountDueMinor: number;
  overdueAmountMinor: number;
  counts: Record<'upcomingAppointments' | 'openRequests' | 'unpaidInvoices' | 'overdueInvoices' | 'awaitingReview' | 'documents' | 'assets', number>;
  nextAppointments: { id: string; title: string; status: string; scheduledStart: string; scheduledEnd: string; technicianName: string | null; siteLabel: string | null }[];
  openRequests: { id: string; description: string; urgency: string; status: string; createdAt: string }[];
  unpaidInvoices: { id: string; number: string | null; dueDate: string | null; totalMinor: number; amountDueMinor: number; status: string }[];
  awaitingReview: { id: string; title: string; completedAt: string | null }[];
}

export interface InvoicesFacts {
  invoices: {
    id: string;
    number: string | null;
    status: string;
    issueDate: string | null;
    dueDate: string | null;
    totalMinor: number;
    amountDueMinor: number;
    currency: string;
    recurringLabel: string | null;
    lines: { description: string; quantity: number; unitPriceMinor: number; totalMinor: number }[];
  }[];
  hasNextPage: boolean;
}

/** Thrown when an answer does not carry the facts at all (a missing field, another type). */
export class NoFacts extends Error {}

type Json = Record<string, unknown>;

function obj(value: unknown, path: string): Json {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  throw new NoFacts(`${path} is not an object`);
}
function list(value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new NoFacts(`${path} is not a list`);
}
function num(value: unknown, path: string): number {
  if (typeof value === 'number') return value;
  throw new NoFacts(`${path} is not a number`);
}
function str(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  throw new NoFacts(`${path} is not a string`);
}
function optStr(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : str(value, path);
}
/** An instant, whatever its notation ('…Z' or PostgreSQL's '…+00:00' with microseconds). */
function instant(value: unknown, path: string): string {
  const d = new Date(str(value, path));
  if (Number.isNaN(d.getTime())) throw new NoFacts(`${path} is not a timestamp`);
  return d.toISOString();
}
function optInstant(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : instant(value, path);
}
/** Enum values: Portico's and PostGraphile's are both the database's lower-case words; any case compares. */
const word = (value: unknown, path: string) => str(value, path).toLowerCase();
/** char(3) columns come padded from some drivers. */
const code = (value: unknown, path: string) => str(value, path).trim();

function data(body: unknown): Json {
  const b = obj(body, 'answer');
  return obj(b.data, 'data');
}

function dashboardFacts(body: unknown, shape: Shape): DashboardFacts {
  if (shape === 'portico') {
    const d = obj(data(body).dashboard, 'dashboard');
    const c = obj(d.counts, 'dashboard.counts');
    return {
      currency: code(d.currency, 'currency'),
      amountDueMinor: num(d.amountDueMinor, 'amountDueMinor'),
      overdueAmountMinor: num(d.overdueAmountMinor, 'overdueAmountMinor'),
      counts: {
        upcomingAppointments: num(c.upcomingAppointments, 'counts.upcomingAppointments'),
        openRequests: num(c.openRequests, 'counts.openRequests'),
        unpaidInvoices: num(c.unpaidInvoices, 'counts.unpaidInvoices'),
        overdueInvoices: num(c.overdueInvoices, 'counts.overdueInvoices'),
        awaitingReview: num(c.awaitingReview, 'counts.awaitingReview'),
        documents: num(c.documents, 'counts.documents'),
        assets: num(c.assets, 'counts.assets'),
      },
      nextAppointments: list(d.nextAppointments, 'nextAppointments').map((v, i) => {
        const a = obj(v, `nextAppointments[${i}]`);
        const site = a.site === null || a.site === undefined ? null : obj(a.site, 'site');
        return {
          id: str(a.id, 'id'),
          title: str(a.title, 'title'),
          status: word(a.status, 'status'),
          scheduledStart: instant(a.scheduledStart, 'scheduledStart'),
          scheduledEnd: instant(a.scheduledEnd, 'scheduledEnd'),
          technicianName: optStr(a.technicianName, 'technicianName'),
          siteLabel: site ? optStr(site.label, 'site.label') : null,
        };
      }),
      openRequests: list(d.openRequests, 'openRequests').map((v, i) => requestFacts(obj(v, `openRequests[${i}]`), 'id')),
      unpaidInvoices: list(d.unpaidInvoices, 'unpaidInvoices').map((v, i) => unpaidFacts(obj(v, `unpaidInvoices[${i}]`), 'id', 'status')),
      awaitingReview: list(d.awaitingReview, 'awaitingReview').map((v, i) => reviewableFacts(obj(v, `awaitingReview[${i}]`), 'id')),
    };
  }
  const customer = obj(data(body).currentCustomer, 'currentCustomer');
  const s = obj(customer.dashboardSummary, 'dashboardSummary');
  const nodes = (field: string) => list(obj(customer[field], field).nodes, `${field}.nodes`).map((v, i) => obj(v, `${field}[${i}]`));
  return {
    currency: code(s.currency, 'currency'),
    amountDueMinor: num(s.amountDueMinor, 'amountDueMinor'),
    overdueAmountMinor: num(s.overdueAmountMinor, 'overdueAmountMinor'),
    counts: {
      upcomingAppointments: num(s.upcomingAppointments, 'upcomingAppointments'),
      openRequests: num(s.openRequests, 'openRequests'),
      unpaidInvoices: num(s.unpaidInvoices, 'unpaidInvoices'),
      overdueInvoices: num(s.overdueInvoices, 'overdueInvoices'),
      awaitingReview: num(s.awaitingReview, 'awaitingReview'),
      documents: num(s.documents, 'documents'),
      assets: num(s.assets, 'assets'),
    },
    nextAppointments: nodes('nextAppointments').map((a) => {
      const technician = a.technician === null || a.technician === undefined ? null : obj(a.technician, 'technician');
      const site = a.site === null || a.site === undefined ? null : obj(a.site, 'site');
      return {
        id: str(a.rowId, 'rowId'),
        title: str(a.title, 'title'),
        status: word(a.status, 'status'),
        scheduledStart: instant(a.scheduledStart, 'scheduledStart'),
        scheduledEnd: instant(a.scheduledEnd, 'scheduledEnd'),
        technicianName: technician ? optStr(technician.name, 'technician.name') : null,
        siteLabel: site ? optStr(site.label, 'site.label') : null,
      };
    }),
    openRequests: nodes('openRequests').map((r) => requestFacts(r, 'rowId')),
    unpaidInvoices: nodes('unpaidInvoices').map((v) => unpaidFacts(v, 'rowId', 'displayStatus')),
    awaitingReview: nodes('awaitingReview').map((j) => reviewableFacts(j, 'rowId')),
  };
}

function requestFacts(r: Json, id: string): DashboardFacts['openRequests'][number] {
  return {
    id: str(r[id], id),
    description: str(r.description, 'description'),
    urgency: word(r.urgency, 'urgency'),
    status: word(r.status, 'status'),
    createdAt: instant(r.createdAt, 'createdAt'),
  };
}
function unpaidFacts(v: Json, id: string, status: string): DashboardFacts['unpaidInvoices'][number] {
  return {
    id: str(v[id], id),
    number: optStr(v.number, 'number'),
    dueDate: optStr(v.dueDate, 'dueDate'),
    totalMinor: num(v.totalMinor, 'totalMinor'),
    amountDueMinor: num(v.amountDueMinor, 'amountDueMinor'),
    status: word(v[status], status),
  };
}
function reviewableFacts(j: Json, id: string): DashboardFacts['awaitingReview'][number] {
  return { id: str(j[id], id), title: str(j.title, 'title'), completedAt: optInstant(j.completedAt, 'completedAt') };
}

function invoicesFacts(body: unknown, shape: Shape): InvoicesFacts {
  const page = shape === 'portico' ? obj(data(body).invoices, 'invoices') : obj(obj(data(body).currentCustomer, 'currentCustomer').invoices, 'currentCustomer.invoices');
  const pageInfo = obj(page.pageInfo, 'pageInfo');
  if (typeof pageInfo.hasNextPage !== 'boolean') throw new NoFacts('pageInfo.hasNextPage is not a boolean');
  return {
    invoices: list(page.nodes, 'nodes').map((value, i) => {
      const v = obj(value, `nodes[${i}]`);
      const lines = shape === 'portico' ? list(v.lines, 'lines') : list(obj(v.lines, 'lines').nodes, 'lines.nodes');
      const agreement = shape === 'postgraphile' && v.agreement !== null && v.agreement !== undefined ? obj(v.agreement, 'agreement') : null;
      return {
        id: str(shape === 'portico' ? v.id : v.rowId, 'id'),
        number: optStr(v.number, 'number'),
        status: word(shape === 'portico' ? v.status : v.displayStatus, 'status'),
        issueDate: optStr(v.issueDate, 'issueDate'),
        dueDate: optStr(v.dueDate, 'dueDate'),
        totalMinor: num(v.totalMinor, 'totalMinor'),
        amountDueMinor: num(v.amountDueMinor, 'amountDueMinor'),
        currency: code(v.currency, 'currency'),
        recurringLabel: shape === 'portico' ? optStr(v.recurringLabel, 'recurringLabel') : agreement ? optStr(agreement.name, 'agreement.name') : null,
        lines: lines.map((value2, j) => {
          const l = obj(value2, `lines[${j}]`);
          return {
            description: str(l.description, 'description'),
            quantity: num(l.quantity, 'quantity'),
            unitPriceMinor: num(l.unitPriceMinor, 'unitPriceMinor'),
            totalMinor: num(l.totalMinor, 'totalMinor'),
          };
        }),
      };
    }),
    hasNextPage: pageInfo.hasNextPage,
  };
}

/**
 * The canonical facts of an answer. Cursors are left out (each server has its own notation);
 * the public reviews answer is compared whole (only Portico and the baseline serve it).
 */
export function factsOf(target: FactsTarget, shape: Shape, body: unknown): unknown {
  switch (target) {
    case 'dashboard':
      return dashboardFacts(body, shape);
    case 'invoices':
      return invoicesFacts(body, shape);
    case 'ping':
      return { typename: str(data(body).__typename, '__typename') };
    case 'reviews':
      return body;
  }
}

/** The first place two fact objects differ, as `path: a ≠ b`, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference((a as Json)[key], (b as Json)[key], path ? `${path}.${key}` : key);
      if (d) return d;
    }
    return null;
  }
  return `${path || '(root)'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
