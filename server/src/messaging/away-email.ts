// "Email when away" (the queue's message-away-email task): a message tells the other side at once
// in the app (the bell), and queues this job for when the business's delay has passed. At run time
// the job looks at what that side still has not read, newer than anything an earlier away email
// listed: nothing (they read it in the app, or it was deleted) sends nothing; otherwise one email
// lists it all. A burst of messages shares one pending job (its job key, per thread and side), so
// it sends one email.
//
// Who gets it: the account's contacts who want messageReceived by email (customer-recipients.ts);
// on the team, those who hear of the thread's messages (team-recipients.ts); each by their own
// preference, in their own language.
import type { AppDeps, ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { inTenantScope } from '../platform/scope.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { emailLanguage } from '../platform/email-locale.js';
import { portalLinks } from '../communications/portal-links.js';
import { adminThreadLink } from '../notifications/notify.js';
import { customerEmailRecipients } from '../notifications/customer-recipients.js';
import { channelFor, wantsEmail } from '../notifications/notification-preferences.js';
import { unreadCondition, anchorLabel, type ReaderSide } from './messaging.loaders.js';
import { awayLetter, type UnreadMessage } from './messaging.emails.js';
import { replyAddressFor } from './reply-address.js';
import { teamRecipients } from './team-recipients.js';

export const AWAY_EMAIL_TASK = 'message-away-email';

export interface AwayEmailJob {
  tenantId: string;
  threadId: string;
  side: ReaderSide;
}

export function isAwayEmailJob(value: unknown): value is AwayEmailJob {
  const p = value as Partial<AwayEmailJob> | null;
  return typeof p?.tenantId === 'string' && typeof p.threadId === 'string' && (p.side === 'customer' || p.side === 'staff');
}

interface UnreadRow {
  id: string;
  created_at: Date;
  body: string;
  author_staff_id: string | null;
  files: string[];
}

/** Sends the away email of one thread and side if it still has unread messages; returns how many emails were queued. */
export async function sendAwayEmail(deps: AppDeps, job: AwayEmailJob): Promise<number> {
  return inTenantScope(deps, { tenantId: job.tenantId, role: 'system' }, async (ctx) => {
    const { tx } = ctx;
    // The row lock keeps a second run (a retry racing a new job) from listing the same messages twice.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM message_threads WHERE tenant_id = app_tenant() AND id = ${job.threadId}::uuid FOR UPDATE`;
    const thread = locked.length ? await tx.messageThread.findFirst({ where: { id: job.threadId } }) : null;
    if (!thread) return 0;
    const emailedAt = job.side === 'customer' ? thread.customerEmailedAt : thread.staffEmailedAt;
    const unread = await tx.$queryRaw<UnreadRow[]>`
      SELECT m.id::text AS id, m.created_at, m.body, m.author_staff_id::text AS author_staff_id,
        COALESCE((SELECT array_agg(a.file_name ORDER BY a.created_at, a.id) FROM message_attachments a
                  WHERE a.tenant_id = m.tenant_id AND a.message_id = m.id), '{}') AS files
      FROM message_threads t JOIN messages m ON m.tenant_id = t.tenant_id AND m.thread_id = t.id
      WHERE t.tenant_id = app_tenant() AND t.id = ${thread.id}::uuid AND ${unreadCondition(job.side)}
        AND m.created_at > ${emailedAt ?? new Date(0)}::timestamptz
      ORDER BY m.created_at, m.id`;
    const newest = unread.at(-1);
    if (!newest) return 0;
    await tx.messageThread.updateMany({
      where: { id: thread.id },
      data: job.side === 'customer' ? { customerEmailedAt: newest.created_at } : { staffEmailedAt: newest.created_at },
    });
    const tenant = await scopeTenant(ctx);
    const about = await anchorLabel(
      ctx,
      thread.anchorType as 'general' | 'job' | 'request' | 'invoice' | 'project' | 'quote',
      thread.jobId ?? thread.requestId ?? thread.invoiceId ?? thread.projectId ?? thread.quoteId,
    );
    const replyTo = replyAddressFor(ctx, thread.id, job.side);
    if (job.side === 'customer') {
      const names = await staffFirstNames(ctx, unread);
      const messages: UnreadMessage[] = unread.map((m) => ({
        author: staffSignature(tenant, names.get(m.author_staff_id ?? '')),
        sentAt: m.created_at,
        body: m.body,
        files: m.files,
      }));
      let sent = 0;
      for (const to of await customerEmailRecipients(ctx, thread.customerId, { type: 'message', id: thread.id }, 'messageReceived')) {
        const letter = awayLetter(emailLanguage(to.locale, tenant.locale), {
          name: to.name,
          from: tenant.name,
          about,
          messages,
          timeZone: tenant.timeZone,
          link: portalLinks.messageThread(deps.config.portalUrl, tenant, thread.id),
          canReply: replyTo !== null,
        });
        await deps.mailer.send(ctx, { tenantId: tenant.id, customerId: thread.customerId, to: to.email, ...letter, replyTo });
        sent++;
      }
      return sent;
    }
    const customer = await tx.customer.findFirst({ where: { id: thread.customerId }, select: { name: true } });
    if (!customer) return 0;
    const messages: UnreadMessage[] = unread.map((m) => ({ author: customer.name, sentAt: m.created_at, body: m.body, files: m.files }));
    let sent = 0;
    for (const member of await teamRecipients(ctx, thread)) {
      if (!wantsEmail(channelFor('staff', member.notificationPreferences, 'messageReceived'))) continue;
      const letter = awayLetter(emailLanguage(member.locale, tenant.locale), {
        name: member.name,
        from: customer.name,
        about,
        messages,
        timeZone: tenant.timeZone,
        link: adminThreadLink(deps.config.adminUrl, thread.id),
        canReply: replyTo !== null,
      });
      await deps.mailer.send(ctx, { tenantId: tenant.id, to: member.email, ...letter, replyTo });
      sent++;
    }
    return sent;
  });
}

/** The business's name and the writer's first name, as the portal shows staff messages. */
function staffSignature(tenant: Tenant, name: string | undefined): string {
  const first = name?.trim().split(/\s+/)[0];
  return first ? `${tenant.name} (${first})` : tenant.name;
}

async function staffFirstNames(ctx: ScopedContext, rows: UnreadRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.author_staff_id).filter((id): id is string => id !== null))];
  const staff = ids.length ? await ctx.tx.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return new Map(staff.map((s) => [s.id, s.name]));
}
