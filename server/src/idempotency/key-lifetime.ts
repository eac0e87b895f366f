// How long an Idempotency-Key answers with its first result (Stripe keeps keys 24 hours too);
// after that the key is free again and the worker deletes its row.
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
