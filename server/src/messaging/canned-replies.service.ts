// Canned replies: the business's reply templates, each with its text in the portal languages it
// wrote it in. Every member of staff may use them (the admin app picks the customer's language);
// the office keeps them.
import type { StaffContext } from '../context/context.js';
import type { CannedReply as CannedReplyRow } from '../generated/prisma/client.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { LANGUAGES, checkedLanguage, type Language } from '../common/languages.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { MAX_MESSAGE_LENGTH } from './messaging.service.js';
import type { CannedReply, CannedReplyInput, LocalizedText } from './messaging.types.js';

const MAX_TITLE = 100;

function toCannedReply(row: CannedReplyRow): CannedReply {
  const stored = row.bodies && typeof row.bodies === 'object' && !Array.isArray(row.bodies) ? (row.bodies as Record<string, unknown>) : {};
  const bodies: LocalizedText[] = LANGUAGES.flatMap((locale) => {
    const text = stored[locale];
    return typeof text === 'string' && text ? [{ locale, text }] : [];
  });
  return { id: row.id, title: row.title, bodies };
}

/** The business's canned replies, by title. */
export async function cannedReplies(ctx: StaffContext): Promise<CannedReply[]> {
  const rows = await ctx.tx.cannedReply.findMany({ orderBy: [{ title: 'asc' }, { id: 'asc' }] });
  return rows.map(toCannedReply);
}

/** The input checked: a title, and one text per language (at least one). */
function checkedInput(input: CannedReplyInput): { title: string; bodies: Partial<Record<Language, string>> } {
  const title = input.title.trim();
  if (!title) throw new BadInput('title', 'Give the reply a title.', 'REQUIRED');
  if (title.length > MAX_TITLE) throw new BadInput('title', `Use at most ${MAX_TITLE} characters for the title.`, 'TOO_LONG');
  if (input.bodies.length === 0) throw new BadInput('bodies', 'Write the reply in at least one language.', 'REQUIRED');
  const bodies: Partial<Record<Language, string>> = {};
  input.bodies.forEach((body, i) => {
    const locale = checkedLanguage(`bodies.${i}.locale`, body.locale);
    if (bodies[locale] !== undefined) throw new BadInput(`bodies.${i}.locale`, 'Write the reply once per language.', 'DUPLICATE_LANGUAGE');
    const text = body.text.trim();
    if (!text) throw new BadInput(`bodies.${i}.text`, 'Write the reply’s text.', 'REQUIRED');
    if (text.length > MAX_MESSAGE_LENGTH) throw new BadInput(`bodies.${i}.text`, `Please keep a reply under ${MAX_MESSAGE_LENGTH} characters.`, 'TOO_LONG');
    bodies[locale] = text;
  });
  return { title, bodies };
}

/** Adds a canned reply, or (with an id) replaces one's title and texts. */
export async function saveCannedReply(ctx: StaffContext, input: CannedReplyInput): Promise<CannedReply> {
  const { tx } = ctx;
  const data = checkedInput(input);
  const now = ctx.now();
  if (input.id) {
    const existing = isId(input.id) ? await tx.cannedReply.findFirst({ where: { id: input.id } }) : null;
    if (!existing) throw new NotFound('This canned reply');
    const updated = await tx.cannedReply.update({ where: { tenantId_id: { tenantId: existing.tenantId, id: existing.id } }, data: { ...data, updatedAt: now } });
    return toCannedReply(updated);
  }
  const tenant = await scopeTenant(ctx);
  return toCannedReply(await tx.cannedReply.create({ data: { tenantId: tenant.id, ...data, createdAt: now, updatedAt: now } }));
}

export async function deleteCannedReply(ctx: StaffContext, id: string): Promise<CannedReply> {
  const { tx } = ctx;
  const existing = isId(id) ? await tx.cannedReply.findFirst({ where: { id } }) : null;
  if (!existing) throw new NotFound('This canned reply');
  await tx.cannedReply.delete({ where: { tenantId_id: { tenantId: existing.tenantId, id: existing.id } } });
  return toCannedReply(existing);
}
