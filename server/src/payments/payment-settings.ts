// The payment part of the tenant settings: Stripe keys (secrets write-only, sealed at rest),
// a Connect account id, whether customers may pay part of an invoice, and tips.
import type { Prisma, Tenant } from '../generated/prisma/client.js';
import { BadInput } from '../errors/errors.js';
import { sealSecret } from './payment-secrets.js';
import { checkedTipPresets } from './tip-options.js';

export interface PaymentSettingsView {
  stripeConfigured: boolean;
  stripePublishableKey: string | null;
  stripeSecretKeyLast4: string | null;
  stripeWebhookConfigured: boolean;
  stripeAccountId: string | null;
  allowPartialPayments: boolean;
  tipsEnabled: boolean;
  tipPresetsPercent: number[];
}

export interface PaymentSettingsInput {
  stripePublishableKey?: string | null;
  stripeSecretKey?: string | null;
  stripeWebhookSecret?: string | null;
  stripeAccountId?: string | null;
  allowPartialPayments?: boolean | null;
  tipsEnabled?: boolean | null;
  tipPresetsPercent?: number[] | null;
}

export function paymentSettings(t: Tenant): PaymentSettingsView {
  return {
    stripeConfigured: Boolean(t.stripeSecretKeyEnc || t.stripeAccountId),
    stripePublishableKey: t.stripePublishableKey,
    stripeSecretKeyLast4: t.stripeSecretKeyLast4,
    stripeWebhookConfigured: Boolean(t.stripeWebhookSecretEnc),
    stripeAccountId: t.stripeAccountId,
    allowPartialPayments: t.allowPartialPayments,
    tipsEnabled: t.tipsEnabled,
    tipPresetsPercent: t.tipPresetsPercent,
  };
}

const KEY_SHAPES = {
  stripePublishableKey: { pattern: /^pk_(test|live)_[A-Za-z0-9]{10,200}$/, hint: 'Paste the publishable key from the Stripe dashboard: it starts with pk_live_ or pk_test_.' },
  stripeSecretKey: { pattern: /^(sk|rk)_(test|live)_[A-Za-z0-9]{10,200}$/, hint: 'Paste the secret key from the Stripe dashboard: it starts with sk_live_, sk_test_ or rk_.' },
  stripeWebhookSecret: { pattern: /^whsec_[A-Za-z0-9+/=]{10,200}$/, hint: "Paste the webhook endpoint's signing secret: it starts with whsec_." },
  stripeAccountId: { pattern: /^acct_[A-Za-z0-9]{6,60}$/, hint: 'A Connect account id starts with acct_.' },
} as const;

function cleaned(field: keyof typeof KEY_SHAPES, value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (!KEY_SHAPES[field].pattern.test(trimmed)) throw new BadInput(field, KEY_SHAPES[field].hint);
  return trimmed;
}

/** Checks the given payment settings and turns them into the tenant update (an empty string removes a key). */
export function paymentSettingsUpdate(serverSecret: Uint8Array, input: PaymentSettingsInput): Prisma.TenantUpdateInput {
  const data: Prisma.TenantUpdateInput = {};
  if (input.stripePublishableKey != null) data.stripePublishableKey = cleaned('stripePublishableKey', input.stripePublishableKey);
  if (input.stripeSecretKey != null) {
    const key = cleaned('stripeSecretKey', input.stripeSecretKey);
    data.stripeSecretKeyEnc = key ? sealSecret(serverSecret, key) : null;
    data.stripeSecretKeyLast4 = key ? key.slice(-4) : null;
  }
  if (input.stripeWebhookSecret != null) {
    const secret = cleaned('stripeWebhookSecret', input.stripeWebhookSecret);
    data.stripeWebhookSecretEnc = secret ? sealSecret(serverSecret, secret) : null;
  }
  if (input.stripeAccountId != null) data.stripeAccountId = cleaned('stripeAccountId', input.stripeAccountId);
  if (input.allowPartialPayments != null) data.allowPartialPayments = input.allowPartialPayments;
  if (input.tipsEnabled != null) data.tipsEnabled = input.tipsEnabled;
  if (input.tipPresetsPercent != null) data.tipPresetsPercent = checkedTipPresets(input.tipPresetsPercent);
  return data;
}
