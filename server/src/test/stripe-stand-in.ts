// A small local HTTP stand-in for the Stripe API endpoints the payments code calls, so the
// real `stripe` SDK runs in tests without the network. It honours Idempotency-Key like Stripe
// (the same key answers the same object) and counts what was created.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface StandInIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  currency: string;
  status: string;
  client_secret: string;
  customer: string | null;
  metadata: Record<string, string>;
  payment_method_types: string[];
  payment_method: string | null | { id: string; object: 'payment_method'; type: string; card: { brand: string; last4: string } };
  last_payment_error: { code: string; decline_code?: string; message?: string } | null;
  latest_charge: string | null;
}

export interface StripeStandIn {
  address: { host: string; port: number; protocol: 'http' };
  intents: Map<string, StandInIntent>;
  created: { customers: number; intents: number; refunds: number };
  /** Stripe-Account headers seen, for Connect tests. */
  accounts: (string | null)[];
  refunds: { payment_intent: string; amount: number; metadata?: Record<string, string> }[];
  /** Saved payment methods by id: their customer and card. pm_card_chargeDeclined is declined when charged. */
  methods: Map<string, { customer: string; brand: string; last4: string }>;
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_${randomBytes(10).toString('hex')}`;

/** Reads Stripe's form encoding (`metadata[invoiceId]=…`, `allowed_payment_method_types[0]=card`). */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const nested = /^([^[]+)\[([^\]]*)\]$/.exec(key);
    if (!nested) {
      out[key] = value;
      continue;
    }
    const [, parent = '', child = ''] = nested;
    const holder = (out[parent] ??= /^\d+$/.test(child) ? [] : {}) as Record<string, string> | string[];
    if (Array.isArray(holder)) holder.push(value);
    else holder[child] = value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startStripeStandIn(): Promise<StripeStandIn> {
  const intents = new Map<string, StandInIntent>();
  const idempotent = new Map<string, { status: number; body: unknown }>();
  const created = { customers: 0, intents: 0, refunds: 0 };
  const accounts: (string | null)[] = [];
  const refunds: { payment_intent: string; amount: number; metadata?: Record<string, string> }[] = [];
  const methods = new Map<string, { customer: string; brand: string; last4: string }>();

  function handle(method: string, path: string, form: Record<string, unknown>): { status: number; body: unknown } {
    if (method === 'POST' && path === '/v1/customers') {
      created.customers++;
      return { status: 200, body: { id: id('cus'), object: 'customer', email: form.email ?? null } };
    }
    if (method === 'POST' && path === '/v1/payment_intents') {
      created.intents++;
      const piId = id('pi');
      const confirmWith = typeof form.payment_method === 'string' && form.confirm === 'true' ? form.payment_method : null;
      const intent: StandInIntent = {
        id: piId,
        object: 'payment_intent',
        amount: Number(form.amount),
        currency: String(form.currency),
        status: confirmWith ? 'succeeded' : 'requires_payment_method',
        client_secret: `${piId}_secret_${randomBytes(8).toString('hex')}`,
        customer: typeof form.customer === 'string' ? form.customer : null,
        metadata: (form.metadata as Record<string, string> | undefined) ?? {},
        payment_method_types: (form.allowed_payment_method_types as string[] | undefined) ?? ['card'],
        payment_method: confirmWith,
        last_payment_error: null,
        latest_charge: null,
      };
      intents.set(piId, intent);
      if (confirmWith?.startsWith('pm_card_chargeDeclined')) {
        intent.status = 'requires_payment_method';
        intent.last_payment_error = { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' };
        return {
          status: 402,
          body: { error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.', payment_intent: intent } },
        };
      }
      return { status: 200, body: intent };
    }
    const retrieve = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (method === 'GET' && retrieve?.[1]) {
      const intent = intents.get(retrieve[1]);
      return intent
        ? { status: 200, body: intent }
        : { status: 404, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' } } };
    }
    const cancel = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(path);
    if (method === 'POST' && cancel?.[1]) {
      const intent = intents.get(cancel[1]);
      if (!intent) return { status: 404, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' } } };
      if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(intent.status)) {
        return {
          status: 400,
          body: {
            error: {
              type: 'invalid_request_error',
              code: 'payment_intent_unexpected_state',
              message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
            },
          },
        };
      }
      intent.status = 'canceled';
      return { status: 200, body: intent };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      created.refunds++;
      const refund = { payment_intent: String(form.payment_intent), amount: Number(form.amount) };
      refunds.push({ ...refund, ...(form.metadata ? { metadata: form.metadata as Record<string, string> } : {}) });
      return { status: 200, body: { id: id('re'), object: 'refund', status: 'succeeded', ...refund } };
    }
    const paymentMethod = /^\/v1\/payment_methods\/([^/]+)$/.exec(path);
    if (method === 'GET' && paymentMethod?.[1]) {
      const saved = methods.get(paymentMethod[1]);
      if (!saved) return { status: 404, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such PaymentMethod' } } };
      return {
        status: 200,
        body: {
          id: paymentMethod[1],
          object: 'payment_method',
          type: 'card',
          customer: saved.customer,
          card: { brand: saved.brand, last4: saved.last4, exp_month: 12, exp_year: 2030 },
        },
      };
    }
    const listed = /^\/v1\/customers\/([^/]+)\/payment_methods$/.exec(path);
    if (method === 'GET' && listed?.[1]) {
      const data = [...methods]
        .filter(([, m]) => m.customer === listed[1])
        .map(([pmId, m]) => ({ id: pmId, object: 'payment_method', type: 'card', customer: m.customer, card: { brand: m.brand, last4: m.last4, exp_month: 12, exp_year: 2030 } }));
      return { status: 200, body: { object: 'list', data, has_more: false, url: path } };
    }
    const detach = /^\/v1\/payment_methods\/([^/]+)\/detach$/.exec(path);
    if (method === 'POST' && detach?.[1]) {
      methods.delete(detach[1]);
      return { status: 200, body: { id: detach[1], object: 'payment_method', type: 'card', customer: null } };
    }
    return { status: 404, body: { error: { type: 'invalid_request_error', message: `stand-in has no ${method} ${path}` } } };
  }

  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    accounts.push((req.headers['stripe-account'] as string | undefined) ?? null);
    const key = req.headers['idempotency-key'];
    const cacheKey = typeof key === 'string' ? `${method} ${url.pathname} ${key}` : null;
    let answer = cacheKey ? idempotent.get(cacheKey) : undefined;
    if (!answer) {
      answer = handle(method, url.pathname, parseForm(method === 'GET' ? url.search.slice(1) : body));
      if (cacheKey) idempotent.set(cacheKey, answer);
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', 'request-id': id('req') });
    res.end(JSON.stringify(answer.body));
  };
  const server: Server = createServer((req, res) => {
    void respond(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: { host: '127.0.0.1', port, protocol: 'http' },
    intents,
    created,
    accounts,
    refunds,
    methods,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
