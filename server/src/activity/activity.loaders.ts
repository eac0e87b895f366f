// Names the records activity entries are about, one statement per kind of record a page holds.
// Read in the request's own transaction: a record deleted since (or not visible) names nothing.
import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import { isId } from '../common/ids.js';
import { Unauthenticated } from '../errors/errors.js';
import { subjectKindOf } from './activity.js';
import { ActivitySubject, ActivitySubjectKind } from './activity.types.js';

/** Long free text (a request, a logged call) is named by its beginning. */
const EXCERPT = 80;

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1).trimEnd()}…` : line;
}

type Names = Promise<{ id: string; name: string | null }[]>;

const NAMERS: Record<ActivitySubjectKind, (tx: Tx, ids: string[]) => Names> = {
  job: (tx, ids) => tx.job.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }).then((rows) => rows.map((r) => ({ id: r.id, name: r.title }))),
  invoice: (tx, ids) => tx.invoice.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }).then((rows) => rows.map((r) => ({ id: r.id, name: r.number }))),
  document: (tx, ids) => tx.document.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }).then((rows) => rows.map((r) => ({ id: r.id, name: r.title }))),
  site: (tx, ids) => tx.site.findMany({ where: { id: { in: ids } }, select: { id: true, label: true } }).then((rows) => rows.map((r) => ({ id: r.id, name: r.label }))),
  asset: (tx, ids) => tx.asset.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  agreement: (tx, ids) => tx.serviceAgreement.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  request: (tx, ids) =>
    tx.serviceRequest
      .findMany({ where: { id: { in: ids } }, select: { id: true, description: true } })
      .then((rows) => rows.map((r) => ({ id: r.id, name: excerpt(r.description) }))),
  review: (tx, ids) =>
    tx.review.findMany({ where: { id: { in: ids } }, select: { id: true, job: { select: { title: true } } } }).then((rows) => rows.map((r) => ({ id: r.id, name: r.job.title }))),
  communication: (tx, ids) =>
    tx.communication.findMany({ where: { id: { in: ids } }, select: { id: true, summary: true } }).then((rows) => rows.map((r) => ({ id: r.id, name: excerpt(r.summary) }))),
  customer: (tx, ids) => tx.customer.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  staff: (tx, ids) => tx.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
};

interface SubjectKey {
  kind: ActivitySubjectKind;
  id: string;
}

/** A record that no longer exists (or is not visible) loads as null. */
const subjectsByKey = (ctx: RequestContext) =>
  new DataLoader<SubjectKey, ActivitySubject | null, string>(
    async (keys) => {
      const { tx } = ctx;
      if (!tx) throw new Unauthenticated();
      const idsByKind = new Map<ActivitySubjectKind, string[]>();
      for (const { kind, id } of keys) idsByKind.set(kind, [...(idsByKind.get(kind) ?? []), id]);
      const found = new Map<string, ActivitySubject>();
      await Promise.all(
        [...idsByKind].map(async ([kind, ids]) => {
          for (const row of await NAMERS[kind](tx, ids)) found.set(`${kind}:${row.id}`, { kind, id: row.id, name: row.name });
        }),
      );
      return keys.map(({ kind, id }) => found.get(`${kind}:${id}`) ?? null);
    },
    { cacheKeyFn: ({ kind, id }) => `${kind}:${id}` },
  );

/** The record an entry with this action and subject id is about, named; null when there is none to show. */
export function activitySubject(ctx: RequestContext, action: string, subjectId: string | null): Promise<ActivitySubject | null> {
  const kind = subjectKindOf(action);
  if (!kind || !subjectId || !isId(subjectId)) return Promise.resolve(null);
  return loader(ctx, subjectsByKey).load({ kind: ActivitySubjectKind[kind], id: subjectId });
}

/** Kinds named by the beginning of a long text (a request, a logged communication). */
const EXCERPTED = new Set<ActivitySubjectKind>([ActivitySubjectKind.request, ActivitySubjectKind.communication]);

/**
 * The records activity entries are about, as a page read brought them (activity-subjects.page.ts:
 * the record's id and name as stored, or null when there is none to see): the subject resolvers
 * read no more.
 */
export function keepActivitySubjects(ctx: RequestContext, entries: { action: string; subjectId: string | null; subject: { id: string; name: string | null } | null }[]): void {
  for (const { action, subjectId, subject } of entries) {
    const kind = subjectKindOf(action);
    if (!kind || !subjectId || !isId(subjectId)) continue;
    const key = { kind: ActivitySubjectKind[kind], id: subjectId };
    const name = subject?.name != null && EXCERPTED.has(key.kind) ? excerpt(subject.name) : (subject?.name ?? null);
    loader(ctx, subjectsByKey).prime(key, subject && { kind: key.kind, id: subject.id, name });
  }
}
