// Telling the customer a document waits for their signature (notification kind signatureRequested).
import type { ScopedContext } from '../context/context.js';
import { notifyCustomer } from '../notifications/notify.js';

export async function notifySignatureRequested(ctx: ScopedContext, request: { requestId: string; customerId: string; title: string }): Promise<void> {
  await notifyCustomer(ctx, { customerId: request.customerId, kind: 'documentShared', subject: { type: 'document', id: request.requestId }, params: { title: request.title } });
}
