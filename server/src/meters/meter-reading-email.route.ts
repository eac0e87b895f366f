// Readings by email: the inbound listener hands over a message for a customer's readings address
// (reading-address.ts). Its tenant is found from the customer's id; the sender must be the customer
// (their email, or their portal login's); the body is parsed (meter-reading-email.ts), the readings
// looked up by serial and taken like any other (source EMAIL, the first image attached as their
// photo), and the sender gets an answer listing what was taken, flagged and refused. Refusals at
// SMTP level (unknown address, feature off, unknown sender) store nothing and send nothing.
import { randomUUID } from 'node:crypto';
import type { AppDeps, ScopedContext } from '../context/context.js';
import { inTenantScope } from '../platform/scope.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { featureOn } from '../platform/features.js';
import { emailLanguage } from '../platform/email-locale.js';
import { tenantKey } from '../storage/storage.js';
import { sniffType } from '../storage/file-types.js';
import { MAX_UPLOAD_BYTES } from '../requests/uploads.service.js';
import { EmailRefused, type InboundMessage, type InboundRoute } from '../messaging/email/inbound-email.js';
import { readReadingAddress } from './reading-address.js';
import { parseReadingEmail } from './meter-reading-email.js';
import { customerDevices } from './device-lookup.js';
import { takeReadings, type ReadingSubmission } from './meter-readings.service.js';
import { readingEmailAnswer, type EmailLineOutcome } from './meter-emails.js';
import type { MeterKind } from './meters.types.js';

export function meterReadingRoute(deps: AppDeps): InboundRoute {
  return {
    name: 'meter-readings',
    accepts: (address) => readReadingAddress(deps.config, address) !== null,
    deliver: (message) => deliverReadingEmail(deps, message),
  };
}

export async function deliverReadingEmail(deps: AppDeps, message: InboundMessage): Promise<string> {
  const target = readReadingAddress(deps.config, message.recipient);
  if (!target) throw new EmailRefused('UNKNOWN_RECIPIENT', 'not a readings address');
  const rows = await deps.db.$queryRaw<{ id: string | null }[]>`SELECT app_customer_tenant(${target.customerId}::uuid)::text AS id`;
  const tenantId = rows[0]?.id;
  if (!tenantId) throw new EmailRefused('UNKNOWN_RECIPIENT', 'the customer of this readings address is gone');
  return inTenantScope(deps, { tenantId, role: 'system' }, (ctx) => receiveReadingEmail(ctx, target.customerId, message), { endpoint: 'portal' });
}

export async function receiveReadingEmail(ctx: ScopedContext, customerId: string, message: InboundMessage): Promise<string> {
  const tenant = await scopeTenant(ctx);
  if (!featureOn(tenant, 'meters')) throw new EmailRefused('UNKNOWN_RECIPIENT', 'the business takes no meter readings');
  const customer = await ctx.tx.customer.findFirst({
    where: { id: customerId },
    select: { id: true, name: true, email: true, locale: true, portalAccounts: { select: { email: true, status: true } } },
  });
  if (!customer) throw new EmailRefused('UNKNOWN_RECIPIENT', 'the customer of this readings address is gone');
  const [sender, ...others] = message.from;
  const addresses = [customer.email, ...customer.portalAccounts.map((contact) => (contact.status === 'deactivated' ? null : contact.email))];
  if (!sender || others.length > 0 || !addresses.some((a) => a?.toLowerCase() === sender)) {
    throw new EmailRefused('UNKNOWN_SENDER', `${sender ?? 'nobody'} is not the customer of this readings address`);
  }

  const parsed = parseReadingEmail(message.text);
  const outcomes: EmailLineOutcome[] = parsed.problems.map((p) => ({ serial: null, kind: null, line: p.line, reason: p.reason }));
  const lookup = await customerDevices(ctx, customer.id);
  const photo = parsed.devices.some((d) => d.readings.length > 0) ? await storePhoto(ctx, tenant.id, message) : null;
  const pending: { serial: string; kind: MeterKind; value: number; line: string; submission: ReadingSubmission }[] = [];
  for (const device of parsed.devices) {
    for (const reading of device.readings) {
      const found = lookup(device.serial, reading.kind);
      if (!found.ok) {
        outcomes.push({ serial: device.serial, kind: reading.kind, line: `${device.serial} ${reading.line}`, reason: found.reason });
        continue;
      }
      pending.push({
        serial: device.serial,
        kind: reading.kind,
        value: reading.value,
        line: reading.line,
        submission: { meterId: found.meterId, value: reading.value, readAt: ctx.now(), source: 'EMAIL', photo },
      });
    }
  }
  const taken = await takeReadings(
    ctx,
    customer.id,
    pending.map((p) => p.submission),
  );
  taken.forEach((outcome, index) => {
    const item = pending[index];
    if (!item) return;
    if (outcome.ok) outcomes.push({ serial: item.serial, kind: item.kind, value: item.value, status: outcome.reading.status === 'FLAGGED' ? 'flagged' : 'accepted' });
    else outcomes.push({ serial: item.serial, kind: item.kind, line: `${item.serial} ${item.line}`, reason: outcome.reason });
  });
  const language = emailLanguage(customer.locale, tenant.locale);
  const letter = readingEmailAnswer(language, { business: tenant.name, name: customer.name, outcomes });
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: customer.id, to: sender, ...letter });
  const count = taken.filter((o) => o.ok).length;
  ctx.log.info({ customerId: customer.id, taken: count, refused: outcomes.length - count }, 'meter readings by email');
  return `2.6.0 ${count} reading(s) taken`;
}

/** The first attached image, stored in the tenant's storage as the readings' photo; null without one. */
async function storePhoto(ctx: ScopedContext, tenantId: string, message: InboundMessage): Promise<{ storageKey: string; contentType: string } | null> {
  for (const file of message.attachments) {
    if (file.bytes.length === 0 || file.bytes.length > MAX_UPLOAD_BYTES) continue;
    const type = sniffType(file.bytes);
    if (!type?.contentType.startsWith('image/')) continue;
    const storageKey = tenantKey(tenantId, 'meter-photos', randomUUID());
    await ctx.deps.storage.put(storageKey, file.bytes, type.contentType);
    return { storageKey, contentType: type.contentType };
  }
  return null;
}
