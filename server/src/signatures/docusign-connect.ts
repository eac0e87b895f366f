// DocuSign Connect: envelope events for one tenant, verified with its HMAC key (filled in next).
import type { AppDeps } from '../context/context.js';
import { AppError } from '../errors/errors.js';

export interface ConnectDelivery {
  tenantSlug: string;
  body: Buffer;
  signature: string | null;
  requestId: string;
  client: { ip: string | null; userAgent: string | null };
}

export async function receiveDocusignConnect(deps: AppDeps, delivery: ConnectDelivery): Promise<{ applied: boolean }> {
  await Promise.resolve([deps, delivery]);
  throw new AppError('NOT_FOUND', 'This webhook endpoint is not configured.');
}
