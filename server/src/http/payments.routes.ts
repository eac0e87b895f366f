// Webhook endpoints, one per provider, and the receipt PDF behind Payment.receiptUrl.
//   POST /webhooks/v1/stripe/:tenant    the business's own Stripe account (tenant id or slug), signed with its webhook secret
//   POST /webhooks/v1/stripe-connect    Connect accounts, signed with STRIPE_CONNECT_WEBHOOK_SECRET; the event names the account
//   POST /webhooks/v1/sandbox/:tenant   sandbox events (the server signs them itself)
// The raw body is verified before anything is read from it; a bad signature answers 400 and changes nothing.
import express, { type Request, type Response } from 'express';
import type { AppDeps } from '../context/context.js';
import { tenantIdBySlug } from '../db/rls.js';
import { isId } from '../common/ids.js';
import { AppError } from '../errors/errors.js';
import { inTenantScope } from '../platform/scope.js';
import { clientOf, fileRoute, requestIdOf, sendError, type RestRoutes } from './rest.js';
import { openSecret } from '../payments/payment-secrets.js';
import type { ProviderKind } from '../payments/payment-provider.js';
import { verifyStripeEvent } from '../payments/stripe.provider.js';
import { sandboxSigningSecret } from '../payments/sandbox.provider.js';
import { processProviderEvent } from '../payments/payment-records.js';
import { receiptPdf } from '../payments/receipts.service.js';

const raw = express.raw({ type: '*/*', limit: '1mb' });

function unknownEndpoint(): AppError {
  return new AppError('NOT_FOUND', 'This webhook endpoint is not configured.');
}

function badSignature(): AppError {
  return new AppError('BAD_USER_INPUT', 'The webhook signature is not valid.', { field: 'stripe-signature' });
}

async function tenantIdOf(deps: AppDeps, key: string): Promise<string | null> {
  if (isId(key)) return key;
  return tenantIdBySlug(deps.db, key);
}

/** Verifies with the secret `secretOf` gives for the tenant, then applies the event once. */
async function receive(
  deps: AppDeps,
  req: Request,
  res: Response,
  provider: ProviderKind,
  tenantId: string | null,
  secretOf: (tenant: { id: string; stripeWebhookSecretEnc: string | null }) => string | null,
): Promise<void> {
  const requestId = requestIdOf(req);
  try {
    if (!tenantId) throw unknownEndpoint();
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const signature = req.headers['stripe-signature'];
    const now = deps.now();
    const outcome = await inTenantScope(
      deps,
      { tenantId, role: 'system' },
      async (ctx) => {
        const tenant = await ctx.tx.tenant.findFirst({ where: { id: tenantId } });
        const secret = tenant ? secretOf(tenant) : null;
        if (!tenant || !secret) throw unknownEndpoint();
        const event = typeof signature === 'string' ? verifyStripeEvent(body, signature, secret, now) : null;
        if (!event) throw badSignature();
        return processProviderEvent(ctx, tenant, provider, event);
      },
      { endpoint: 'portal', requestId, now, client: clientOf(req) },
    );
    res.status(200).json({ received: true, duplicate: outcome.duplicate });
  } catch (error) {
    sendError(res, deps, error);
  }
}

export const paymentRoutes: RestRoutes = (app, deps) => {
  app.post('/webhooks/v1/stripe/:tenant', raw, async (req, res) => {
    const tenantId = await tenantIdOf(deps, req.params.tenant).catch(() => null);
    await receive(deps, req, res, 'stripe', tenantId, (tenant) => openSecret(deps.config.jwtSecret, tenant.stripeWebhookSecretEnc));
  });

  app.post('/webhooks/v1/stripe-connect', raw, async (req, res) => {
    const connectSecret = deps.config.payments?.connect?.webhookSecret ?? null;
    // The account is read from the body only to find the tenant; the signature is checked before anything is applied.
    let account: string | null;
    try {
      const parsed = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '') as { account?: unknown };
      account = typeof parsed.account === 'string' ? parsed.account : null;
    } catch {
      account = null;
    }
    const rows = account ? await deps.db.$queryRaw<{ id: string | null }[]>`SELECT tenant_id_by_stripe_account(${account}) AS id`.catch(() => []) : [];
    await receive(deps, req, res, 'stripe', rows[0]?.id ?? null, () => connectSecret);
  });

  app.post('/webhooks/v1/sandbox/:tenant', raw, async (req, res) => {
    const tenantId = await tenantIdOf(deps, req.params.tenant).catch(() => null);
    await receive(deps, req, res, 'sandbox', tenantId, (tenant) => sandboxSigningSecret(deps.config.jwtSecret, tenant.id));
  });

  fileRoute(app, deps, 'receipt', receiptPdf);
};
