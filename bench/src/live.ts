// The live-updates scenario: N customers subscribed to Portico's `liveEvents` over graphql-ws
// (real WebSockets, as browsers would), then writes to their invoices from another connection,
// one at a time at a steady pace. The latency is from the commit's acknowledgement to the
// subscriber's receipt of the event (and, beside it, from just before the write). Each step adds subscribers until
// the p99 passes the goal or the bench runs out of customers with sessions.
import { performance } from 'node:perf_hooks';
import { createClient, type Client as WsClient } from 'graphql-ws';
import hdr from 'hdr-histogram-js';
import pg from 'pg';
import WebSocket from 'ws';

export interface LiveSubscriber {
  token: string;
  customerId: string;
}

export interface LiveStep {
  subscribers: number;
  /** Writes made, and events their subscriber received (each write concerns one customer). */
  events: number;
  received: number;
  /** From the commit's acknowledgement to receipt. */
  p50: number;
  p99: number;
  max: number;
  /** From just before the write (its UPDATE and commit included) to receipt. */
  writeP50: number;
  writeP99: number;
  /** Seconds to open the step's new sockets and subscribe. */
  connectSeconds: number;
}

/** Issue 17: p99 from commit to receipt under 100 ms at 1,000 subscribers. */
export const LIVE_GOAL = { subscribers: 1000, p99: 100 };

const QUERY = 'subscription { liveEvents { seq subject subjectId } }';

export async function measureLive(
  wsBase: string,
  ownerUrl: string,
  subscribers: LiveSubscriber[],
  options: { steps: number[]; eventsPerStep: number; intervalMs: number; log: (line: string) => void },
): Promise<LiveStep[]> {
  const owner = new pg.Client({ connectionString: ownerUrl, application_name: 'portico-bench-live-writer' });
  await owner.connect();
  const sockets: WsClient[] = [];
  // The invoice each subscriber's writes touch, and when the write for it started.
  const { rows } = await owner.query<{ id: string; tenant_id: string; customer_id: string }>(
    `SELECT DISTINCT ON (customer_id) id, tenant_id, customer_id FROM invoices WHERE customer_id = ANY($1::uuid[]) AND status <> 'draft' ORDER BY customer_id, id`,
    [subscribers.map((s) => s.customerId)],
  );
  const invoiceOf = new Map(rows.map((r) => [r.customer_id, r.id]));
  const tenantOf = new Map(rows.map((r) => [r.id, r.tenant_id]));
  // Per invoice, its writes whose events are still on their way (in order).
  const writing = new Map<string, Write[]>();
  let writes: Write[];
  const steps: LiveStep[] = [];
  try {
    for (const target of options.steps) {
      const wanted = subscribers.filter((s) => invoiceOf.has(s.customerId)).slice(0, target);
      if (wanted.length <= sockets.length) break;
      const started = performance.now();
      await Promise.all(
        wanted.slice(sockets.length).map(
          (s) =>
            new Promise<void>((resolve, reject) => {
              const client = createClient({
                url: `${wsBase}/graphql/portal`,
                webSocketImpl: WebSocket,
                connectionParams: { authorization: `Bearer ${s.token}` },
                lazy: false,
                retryAttempts: 0,
                onNonLazyError: reject,
                on: {
                  connected: () => {
                    resolve();
                  },
                },
              });
              sockets.push(client);
              client.subscribe<{ liveEvents: { subjectId: string | null } }>(
                { query: QUERY },
                {
                  next: ({ data }) => {
                    const id = data?.liveEvents.subjectId;
                    const pending = id ? writing.get(id) : undefined;
                    const write = pending?.shift();
                    if (!id || !write) return;
                    if (pending?.length === 0) writing.delete(id);
                    write.received = performance.now();
                  },
                  error: () => undefined,
                  complete: () => undefined,
                },
              );
            }),
        ),
      );
      // The subscribe messages follow the connection: give the last ones a moment to register.
      await sleep(1000);
      const connectSeconds = (performance.now() - started) / 1000;
      writing.clear();
      writes = [];
      for (let i = 0; i < options.eventsPerStep; i++) {
        const s = wanted[(i * 7919) % wanted.length];
        const invoice = s ? invoiceOf.get(s.customerId) : undefined;
        if (!invoice) continue;
        const write: Write = { started: performance.now(), committed: null, received: null };
        writes.push(write);
        writing.set(invoice, [...(writing.get(invoice) ?? []), write]);
        await owner.query(`UPDATE invoices SET notes = $3 WHERE tenant_id = $1 AND id = $2`, [tenantOf.get(invoice), invoice, `bench live ${Date.now()} ${i}`]);
        write.committed = performance.now();
        await sleep(options.intervalMs);
      }
      const deadline = performance.now() + 5000;
      while (writing.size > 0 && performance.now() < deadline) await sleep(50);
      // From the commit's acknowledgement (the event may even arrive first: then 0) and from the write's start.
      const fromCommit = newHistogram();
      const fromWrite = newHistogram();
      let received = 0;
      for (const w of writes) {
        if (w.received === null || w.committed === null) continue;
        received++;
        fromCommit.recordValue(Math.max(0, Math.round(w.received - w.committed)));
        fromWrite.recordValue(Math.max(0, Math.round(w.received - w.started)));
      }
      const step: LiveStep = {
        subscribers: sockets.length,
        events: options.eventsPerStep,
        received,
        p50: fromCommit.getValueAtPercentile(50),
        p99: fromCommit.getValueAtPercentile(99),
        max: fromCommit.maxValue,
        writeP50: fromWrite.getValueAtPercentile(50),
        writeP99: fromWrite.getValueAtPercentile(99),
        connectSeconds,
      };
      steps.push(step);
      options.log(
        `live, ${step.subscribers} subscribers: ${step.received}/${step.events} events received; from commit p50 ${step.p50} ms, p99 ${step.p99} ms, max ${step.max} ms; from the write's start p50 ${step.writeP50} ms, p99 ${step.writeP99} ms (connected in ${connectSeconds.toFixed(1)} s)`,
      );
      if (step.p99 > LIVE_GOAL.p99 * 3 || step.received < step.events) break;
    }
  } finally {
    for (const c of sockets) void c.dispose();
    await owner.end();
  }
  return steps;
}

interface Write {
  started: number;
  committed: number | null;
  received: number | null;
}

function newHistogram() {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000, numberOfSignificantValueDigits: 3 });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
