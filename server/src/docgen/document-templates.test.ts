// Document templates in the admin API: owners and admins read, change, reset and preview the
// wording of generated documents; nobody else, and never another business's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeTenant, signedInStaff } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';
import { pdfText } from '../test/pdf.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

type Template = { kind: string; locale: string; isCustomized: boolean; updatedAt: string | null; blocks: { heading: string; body: string }[]; placeholders: string[] };
const FIELDS = 'kind locale isCustomized updatedAt blocks { heading body } placeholders';
const LIST = `{ documentTemplates { ${FIELDS} } }`;
const ONE = `query($kind: GeneratedDocumentKind!, $locale: String!) { documentTemplate(kind: $kind, locale: $locale) { ${FIELDS} } }`;
const SAVE = `mutation($input: SaveDocumentTemplateInput!) { saveDocumentTemplate(input: $input) { ${FIELDS} } }`;
const RESET = `mutation($kind: GeneratedDocumentKind!, $locale: String!) { resetDocumentTemplate(kind: $kind, locale: $locale) { ${FIELDS} } }`;
const PREVIEW = 'mutation($input: DocumentTemplatePreviewInput!) { previewDocumentTemplate(input: $input) { fileName contentType base64 } }';

async function world() {
  const tenant = await makeTenant(app.owner);
  const owner = await signedInStaff(app, tenant.id, 'owner');
  const admin = await signedInStaff(app, tenant.id, 'admin');
  const dispatcher = await signedInStaff(app, tenant.id, 'dispatcher');
  const tech = await signedInStaff(app, tenant.id, 'technician');
  const { account, customer } = await makeCustomer(app.owner, tenant.id);
  const me = { customer, token: (await customerToken(app, account!)).token };
  const next = await makeTenant(app.owner);
  const nextOwner = await signedInStaff(app, next.id, 'owner');
  return { tenant, owner, admin, dispatcher, tech, me, nextOwner };
}

const WARRANTY_FR = { kind: 'WARRANTY', locale: 'fr' };

describe('document templates', () => {
  it('lists every kind in every language, the defaults until the business changes one', async () => {
    const w = await world();
    const res = await app.call<{ documentTemplates: Template[] }>('admin', LIST, {}, { token: w.owner.token });
    expect(res.errors).toBeUndefined();
    const list = res.data!.documentTemplates;
    expect(list.map((t) => `${t.kind}/${t.locale}`)).toEqual(
      ['WELCOME_PACK', 'PROGRESS_REPORT', 'COMPLETION_CERTIFICATE', 'WARRANTY'].flatMap((kind) => ['en', 'fr', 'es'].map((locale) => `${kind}/${locale}`)),
    );
    expect(list.every((t) => !t.isCustomized && t.updatedAt === null && t.blocks.length > 0)).toBe(true);
    const welcome = list.find((t) => t.kind === 'WELCOME_PACK' && t.locale === 'en')!;
    expect(welcome.blocks.map((b) => b.body).join(' ')).toContain('{{portal.url}}');
    expect(welcome.placeholders).toContain('customer.name');
    expect(welcome.placeholders).not.toContain('milestone.name');
  });

  it('an owner saves the wording for one kind and language; an admin resets it to the default', async () => {
    const w = await world();
    const blocks = [
      { heading: ' Votre garantie ', body: 'Garantie de {{warranty.months}} mois, jusqu’au {{warranty.endDate}}.' },
      { heading: '', body: 'Appelez le {{business.phone}}.' },
    ];
    const saved = await app.call<{ saveDocumentTemplate: Template }>('admin', SAVE, { input: { ...WARRANTY_FR, blocks } }, { token: w.owner.token });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveDocumentTemplate).toMatchObject({
      ...WARRANTY_FR,
      isCustomized: true,
      updatedAt: app.clock.now.toISOString(),
      blocks: [{ ...blocks[0], heading: 'Votre garantie' }, blocks[1]],
    });
    const read = await app.call<{ documentTemplate: Template }>('admin', ONE, WARRANTY_FR, { token: w.admin.token });
    expect(read.data!.documentTemplate.blocks).toHaveLength(2);
    // Other languages and kinds keep their defaults.
    const english = await app.call<{ documentTemplate: Template }>('admin', ONE, { kind: 'WARRANTY', locale: 'en' }, { token: w.owner.token });
    expect(english.data!.documentTemplate.isCustomized).toBe(false);

    const reset = await app.call<{ resetDocumentTemplate: Template }>('admin', RESET, WARRANTY_FR, { token: w.admin.token });
    expect(reset.data!.resetDocumentTemplate).toMatchObject({ isCustomized: false, updatedAt: null });
    expect(reset.data!.resetDocumentTemplate.blocks[0]?.heading).toBe('Votre garantie');
    expect(reset.data!.resetDocumentTemplate.blocks.length).toBeGreaterThan(2);
    expect(await app.owner.documentTemplate.count({ where: { tenantId: w.tenant.id } })).toBe(0);
  });

  it('refuses an unknown placeholder, naming it, and a language Portico does not write in', async () => {
    const w = await world();
    const unknown = await app.call('admin', SAVE, { input: { ...WARRANTY_FR, blocks: [{ heading: 'x', body: 'Bonjour {{client.nom}}' }] } }, { token: w.owner.token });
    expect(codeOf(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PLACEHOLDER', field: 'blocks.0.body', placeholder: 'client.nom' });
    const wrongKind = await app.call(
      'admin',
      SAVE,
      { input: { kind: 'WELCOME_PACK', locale: 'en', blocks: [{ heading: '{{warranty.endDate}}', body: '' }] } },
      { token: w.owner.token },
    );
    expect(codeOf(wrongKind)).toMatchObject({ reason: 'UNKNOWN_PLACEHOLDER', placeholder: 'warranty.endDate' });
    const german = await app.call('admin', SAVE, { input: { kind: 'WARRANTY', locale: 'de', blocks: [{ heading: 'x', body: 'y' }] } }, { token: w.owner.token });
    expect(codeOf(german)).toMatchObject({ field: 'locale', reason: 'UNSUPPORTED_LANGUAGE' });
    expect(await app.owner.documentTemplate.count({ where: { tenantId: w.tenant.id } })).toBe(0);
  });

  it('previews unsaved wording as a PDF with a made-up project, in the chosen language', async () => {
    const w = await world();
    const blocks = [{ heading: 'Bienvenue {{customer.name}}', body: 'Début des travaux le {{project.startDate}}. Votre espace : {{portal.url}}' }];
    const res = await app.call<{ previewDocumentTemplate: { fileName: string; contentType: string; base64: string } }>(
      'admin',
      PREVIEW,
      { input: { kind: 'WELCOME_PACK', locale: 'fr', blocks } },
      { token: w.admin.token },
    );
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewDocumentTemplate;
    expect(preview).toMatchObject({ fileName: 'preview-welcome-pack-fr.pdf', contentType: 'application/pdf' });
    const bytes = Buffer.from(preview.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Bienvenue Camille Martin');
    expect(text).toContain('LIVRET D’ACCUEIL');
    expect(text).toContain(w.tenant.name);
    // The made-up project starts two weeks after the business's today (TEST_START).
    expect(text).toMatch(/Début des travaux le \d{1,2} \S+ 20\d\d/);
    expect(text).toContain(`/${w.tenant.slug}`);
    // Unsaved text is checked like a save.
    const bad = await app.call('admin', PREVIEW, { input: { kind: 'WELCOME_PACK', locale: 'fr', blocks: [{ heading: '{{oops}}', body: '' }] } }, { token: w.owner.token });
    expect(codeOf(bad)).toMatchObject({ reason: 'UNKNOWN_PLACEHOLDER', placeholder: 'oops' });
  });

  it('is for owners and admins only: not other staff, not customers, and each business sees its own', async () => {
    const w = await world();
    await app.call('admin', SAVE, { input: { ...WARRANTY_FR, blocks: [{ heading: 'Secret', body: 'Mine' }] } }, { token: w.owner.token });
    for (const token of [w.dispatcher.token, w.tech.token]) {
      expect(codeOf(await app.call('admin', LIST, {}, { token }))?.code).toBe('FORBIDDEN');
      expect(codeOf(await app.call('admin', SAVE, { input: { ...WARRANTY_FR, blocks: [{ heading: 'x', body: 'y' }] } }, { token }))?.code).toBe('FORBIDDEN');
      expect(codeOf(await app.call('admin', PREVIEW, { input: { kind: 'WARRANTY', locale: 'en' } }, { token }))?.code).toBe('FORBIDDEN');
    }
    // A customer's token is no staff session, and the portal has no such fields.
    expect(codeOf(await app.call('admin', LIST, {}, { token: w.me.token }))?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect(codeOf(await app.call('portal', LIST, {}, { token: w.me.token }))?.code).toBe('BAD_USER_INPUT');
    const rows = await withScope(
      app.db,
      { tenantId: w.tenant.id, role: 'customer', customerId: w.me.customer.id },
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM document_templates`,
    );
    expect(rows[0]?.n).toBe(0);
    // Another business: its own defaults, and its save does not touch ours.
    const theirs = await app.call<{ documentTemplate: Template }>('admin', ONE, WARRANTY_FR, { token: w.nextOwner.token });
    expect(theirs.data!.documentTemplate.isCustomized).toBe(false);
    await app.call('admin', RESET, WARRANTY_FR, { token: w.nextOwner.token });
    const ours = await app.call<{ documentTemplate: Template }>('admin', ONE, WARRANTY_FR, { token: w.owner.token });
    expect(ours.data!.documentTemplate.blocks).toEqual([{ heading: 'Secret', body: 'Mine' }]);
  });
});
