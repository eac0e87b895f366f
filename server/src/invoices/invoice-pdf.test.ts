import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context/context.js';
import { signedLink } from '../platform/signed-links.js';
import { normalise, pdfText } from '../test/pdf.js';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { pdfBusiness } from '../pdf/branded-pdf.js';
import { renderCreditNotePdf } from './credit-note-pdf.js';
import { renderReceiptPdf } from './receipt-pdf.js';
import { logoKey, logoPath } from '../tenants/logo-files.js';
import { pngOf } from '../docgen/sample-images.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function setup(options: { locale?: string } = {}) {
  const tenant = await makeTenant(app.owner);
  const { customer, account } = await makeCustomer(app.owner, tenant.id);
  if (options.locale) await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { locale: options.locale } });
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const { token, sessionId } = await customerToken(app, account!);
  return { tenant, customer, account: account!, records, token, sessionId };
}

async function pdfUrlOf(token: string, id: string): Promise<string> {
  const res = await app.call<{ invoice: { pdfUrl: string } }>('portal', 'query($id: ID!) { invoice(id: $id) { pdfUrl } }', { id }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.invoice.pdfUrl;
}

describe('invoice PDF', () => {
  it('a customer downloads a real PDF of their invoice with its number and total, and the download is logged', async () => {
    const { tenant, customer, records, token } = await setup();
    const url = await pdfUrlOf(token, records.invoice.id);
    expect(url).toMatch(/^\/files\/v1\/invoice-pdf\//);
    const res = await fetch(`${app.url}${url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain(records.invoice.number!);
    expect(text).toContain('$150.00');
    expect(text).toContain(tenant.name);
    expect(text).toContain(customer.email);
    expect(text).toContain('Invoice');
    expect(text).toContain('Labour');
    expect(text).toContain('Overdue');
    expect(text).toContain('November 15, 2026');
    const logged = await app.owner.activityLog.findMany({ where: { tenantId: tenant.id, action: 'invoice.downloaded' } });
    expect(logged.map((l) => [l.subjectId, l.customerId])).toEqual([[records.invoice.id, customer.id]]);
  });

  it("is written in the customer's language, with amounts and dates formatted for it", async () => {
    const { records, token } = await setup({ locale: 'fr' });
    const res = await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Numéro de facture');
    expect(text).toContain('Reste à payer');
    expect(text).toContain(normalise(new Intl.NumberFormat('fr', { style: 'currency', currency: 'USD' }).format(150)));
    expect(text).toContain('15 novembre 2026');
  });

  it('is in Spanish for a Spanish-speaking customer: words, status, amounts and dates', async () => {
    const { records, token } = await setup({ locale: 'es' });
    const res = await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    for (const words of ['FACTURA', 'Número de factura', 'Fecha de vencimiento', 'Importe pendiente', 'Vencida', 'Descripción']) expect(text).toContain(words);
    expect(text).not.toContain('Amount due');
    expect(text).toContain('$150.00');
    expect(text).toContain('15 de noviembre de 2026');
  });

  it("falls back to the business's language when the customer's stored one is no longer offered (German)", async () => {
    const { tenant, records, token } = await setup({ locale: 'de' });
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { locale: 'fr' } });
    const res = await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Reste à payer');
    expect(text).not.toContain('Rechnung');
  });

  it("carries the business's logo in its header, and none for a business without one", async () => {
    const { tenant, records, token } = await setup();
    const imagesIn = (pdf: Buffer) => pdf.toString('latin1').split('/Subtype /Image').length - 1;
    const download = async () => Buffer.from(await (await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`)).arrayBuffer());
    expect(imagesIn(await download())).toBe(0);
    const file = '1790000000000.png';
    await app.deps.storage.put(
      logoKey(tenant.id, file),
      pngOf(120, 40, (x) => (x < 60 ? [29, 78, 216] : [245, 158, 11])),
      'image/png',
    );
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { logoUrl: logoPath(tenant.slug, file) } });
    expect(imagesIn(await download())).toBe(1);
  });

  it("prints the invoice's notes and the service agreement it comes from, named after the invoice number", async () => {
    const { tenant, customer, records, token } = await setup();
    const agreement = await app.owner.serviceAgreement.create({
      data: { tenantId: tenant.id, customerId: customer.id, name: 'Annual furnace plan', priceMinor: 15000, intervalMonths: 12, nextInvoiceOn: new Date('2027-11-01') },
    });
    await app.owner.invoice.update({
      where: { tenantId_id: { tenantId: tenant.id, id: records.invoice.id } },
      data: { agreementId: agreement.id, notes: 'Thank you for your business.', paidMinor: 5000 },
    });
    const res = await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`);
    expect(res.headers.get('content-disposition')).toContain(`filename="${records.invoice.number}.pdf"`);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Annual furnace plan');
    expect(text).toContain('Thank you for your business.');
    expect(text).toMatch(/Paid \$50\.00 Amount due \$100\.00/);
  });

  it('prints the ledger (credit notes, paid, refunded, amount due) in the currency’s own decimals: JPY none, KWD three', async () => {
    for (const [currency, expected] of [
      ['JPY', /Total ¥15,000 Credit notes ¥2,000 Paid ¥10,000 Refunded ¥1,000 Amount due ¥4,000/],
      ['KWD', /Total KWD 15\.000 Credit notes KWD 2\.000 Paid KWD 10\.000 Refunded KWD 1\.000 Amount due KWD 4\.000/],
    ] as const) {
      const { tenant, records, token } = await setup();
      await app.owner.tenant.update({ where: { id: tenant.id }, data: { currency } });
      await app.owner.invoice.update({
        where: { tenantId_id: { tenantId: tenant.id, id: records.invoice.id } },
        data: { currency, paidMinor: 9000, refundedMinor: 1000, creditedMinor: 2000 },
      });
      const text = await pdfText(new Uint8Array(await (await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`)).arrayBuffer()));
      expect(text, currency).toMatch(expected);
      expect(text, currency).toContain(currency === 'JPY' ? '¥10,000' : 'KWD 10.000');
    }
  });

  it('lists each payment (with what was refunded of it) and each credit note, oldest first, dated in the business time zone', async () => {
    const { tenant, customer, records, token } = await setup();
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { timeZone: 'America/Chicago' } });
    const base = { tenantId: tenant.id, customerId: customer.id, invoiceId: records.invoice.id, currency: 'USD' };
    await app.owner.payment.createMany({
      data: [
        // 03:00 UTC on 2 March is still 1 March in Chicago.
        {
          ...base,
          amountMinor: 5000,
          method: 'card',
          status: 'partially_refunded',
          provider: 'sandbox',
          cardBrand: 'visa',
          last4: '4242',
          refundedMinor: 1000,
          receivedAt: new Date('2026-03-02T03:00:00Z'),
        },
        { ...base, amountMinor: 2500, method: 'cheque', status: 'succeeded', provider: 'offline', receivedAt: new Date('2026-03-05T15:00:00Z') },
        { ...base, amountMinor: 9900, method: 'card', status: 'failed', provider: 'sandbox', receivedAt: new Date('2026-03-04T15:00:00Z') },
      ],
    });
    await app.owner.creditNote.create({ data: { ...base, number: 'CN-0001', amountMinor: 700, reason: 'Goodwill', issuedAt: new Date('2026-03-03T15:00:00Z') } });
    const text = await pdfText(new Uint8Array(await (await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`)).arrayBuffer()));
    expect(text).toMatch(/PAYMENTS AND CREDITS Mar 1, 2026 Card \*\*\*\* 4242 \$50\.00 Refunded \$10\.00 Mar 3, 2026 Credit note CN-0001 \$7\.00 Mar 5, 2026 Cheque \$25\.00/);
    // A failed attempt is not money received.
    expect(text).not.toContain('$99.00');
  });

  it('renders the same bytes twice (creation date from the clock)', async () => {
    const { records, token } = await setup();
    const url = await pdfUrlOf(token, records.invoice.id);
    const first = Buffer.from(await (await fetch(`${app.url}${url}`)).arrayBuffer());
    const second = Buffer.from(await (await fetch(`${app.url}${url}`)).arrayBuffer());
    expect(first.equals(second)).toBe(true);
  });

  it('staff download any invoice of their business', async () => {
    const { tenant, records } = await setup();
    const staff = await makeStaff(app.owner, tenant.id, 'admin');
    const { token } = await staffToken(app, staff);
    const res = await app.call<{ invoice: { pdfUrl: string } }>('admin', 'query($id: ID!) { invoice(id: $id) { pdfUrl } }', { id: records.invoice.id }, { token });
    expect(res.errors).toBeUndefined();
    const pdf = await fetch(`${app.url}${res.data!.invoice.pdfUrl}`);
    expect(pdf.status).toBe(200);
    expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain(records.invoice.number!);
  });

  /** A correctly signed link for any id, as if GraphQL had handed one out for it. */
  function forgedLink(who: Awaited<ReturnType<typeof setup>>, id: string) {
    const ctx = {
      principal: { kind: 'customer', tenantId: who.tenant.id, customerId: who.customer.id, accountId: who.account.id, sessionId: who.sessionId },
      deps: app.deps,
      now: () => app.clock.now,
    } as unknown as RequestContext;
    return signedLink(ctx, 'invoice-pdf', id);
  }

  it("a validly signed link to another customer's or another tenant's invoice answers 404 NOT_FOUND", async () => {
    const me = await setup();
    const { account: neighbour } = await makeCustomer(app.owner, me.tenant.id);
    const theirs = await makeCustomerRecords(app.owner, me.tenant.id, neighbour!.customerId);
    const elsewhere = await setup();
    for (const id of [theirs.invoice.id, elsewhere.records.invoice.id]) {
      const res = await fetch(`${app.url}${await forgedLink(me, id)}`);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect(await app.owner.activityLog.count({ where: { action: 'invoice.downloaded', customerId: me.customer.id } })).toBe(0);
  });

  it('a link turned towards another invoice, or used after 5 minutes, answers 404', async () => {
    const me = await setup();
    const url = await pdfUrlOf(me.token, me.records.invoice.id);
    const other = await makeCustomerRecords(app.owner, me.tenant.id, me.customer.id);
    expect((await fetch(`${app.url}${url.replace(me.records.invoice.id, other.invoice.id)}`)).status).toBe(404);
    app.clock.now = new Date(TEST_START.getTime() + 6 * 60_000);
    try {
      expect((await fetch(`${app.url}${url}`)).status).toBe(404);
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });

  it('a draft invoice is invisible to its customer: not listed, NOT_FOUND, and its link 404', async () => {
    const me = await setup();
    await app.owner.invoice.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.records.invoice.id } }, data: { status: 'draft' } });
    const list = await app.call<{ invoices: { nodes: unknown[] } }>(
      'portal',
      '{ invoices(status: draft) { nodes { id } } all: invoices { nodes { id } } }',
      {},
      { token: me.token },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data).toEqual({ invoices: { nodes: [] }, all: { nodes: [] } });
    const one = await app.call('portal', 'query($id: ID!) { invoice(id: $id) { id } }', { id: me.records.invoice.id }, { token: me.token });
    expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await fetch(`${app.url}${await forgedLink(me, me.records.invoice.id)}`)).status).toBe(404);
  });

  it('the PDF is FORBIDDEN when the business switched invoices off', async () => {
    const me = await setup();
    const url = await pdfUrlOf(me.token, me.records.invoice.id);
    await app.owner.tenant.update({ where: { id: me.tenant.id }, data: { featureInvoices: false } });
    const res = await fetch(`${app.url}${url}`);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain('Invoices is not available');
  });
});

describe('the seller and the customer on every PDF', () => {
  const CHICAGO = {
    contactPhone: '+1 312-555-0100',
    contactEmail: 'office@northwind.example.com',
    addressLine1: '2250 W Fulton Street',
    city: 'Chicago',
    postalCode: '60612',
    region: 'IL',
    country: 'US',
    legalName: 'Northwind Heating & Plumbing LLC',
    vatNumber: 'EIN 36-1234567',
  };
  const PARIS = {
    locale: 'fr',
    contactPhone: '+33 1 42 00 17 35',
    contactEmail: 'bonjour@pawsome.example.fr',
    addressLine1: '27 rue de Lévis',
    city: 'Paris',
    postalCode: '75017',
    region: null,
    country: 'FR',
    legalName: 'Pawsome Toilettage SAS',
    registrationNumber: '732 829 320 00074',
    vatNumber: 'FR44732829320',
  };

  it("an invoice names the seller (legal name, address, phone, tax number) and bills the customer's address, with no French mentions for a US business", async () => {
    const { tenant, records, token } = await setup();
    await app.owner.tenant.update({ where: { id: tenant.id }, data: CHICAGO });
    await app.owner.site.update({ where: { tenantId_id: { tenantId: tenant.id, id: records.site.id } }, data: { city: 'Evanston', postalCode: '60201', region: 'IL' } });
    const text = await pdfText(new Uint8Array(await (await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`)).arrayBuffer()));
    expect(text).toContain('Northwind Heating & Plumbing LLC · 2250 W Fulton Street, Chicago, IL 60612, United States');
    expect(text).toContain('Tel. +1 312-555-0100 · office@northwind.example.com · VAT no. EIN 36-1234567');
    // The customer's address in the US order, the state kept, no country (the seller's own).
    expect(text).toContain('1 Main St Evanston, IL 60201');
    expect(text).not.toContain('United States 1 Main St');
    expect(text).not.toContain('40 €');
    expect(text).not.toContain('SIRET');
  });

  it("a French business's invoice carries its SIRET, VAT number, payment terms, late-payment penalties and the 40 € indemnity, in French", async () => {
    // The customer reads English: the legal mentions stay in the business's language.
    const { tenant, records, token } = await setup();
    await app.owner.tenant.update({ where: { id: tenant.id }, data: PARIS });
    await app.owner.site.update({
      where: { tenantId_id: { tenantId: tenant.id, id: records.site.id } },
      data: { addressLine1: '18 rue des Martyrs', city: 'Paris', postalCode: '75009', region: null, country: 'FR' },
    });
    const text = await pdfText(new Uint8Array(await (await fetch(`${app.url}${await pdfUrlOf(token, records.invoice.id)}`)).arrayBuffer()));
    expect(text).toContain('18 rue des Martyrs 75009 Paris');
    expect(text).toContain('Pawsome Toilettage SAS · 27 rue de Lévis, 75017 Paris, France');
    expect(text).toContain('SIRET 732 829 320 00074');
    expect(text).toContain('VAT no. FR44732829320');
    expect(text).toContain('Conditions de paiement : paiement au plus tard le 15 novembre 2026. Pas d’escompte pour paiement anticipé.');
    expect(text).toContain('trois fois le taux d’intérêt légal');
    expect(text).toContain('indemnité forfaitaire pour frais de recouvrement de 40 €');
    expect(text).toContain('SIRET : 732 829 320 00074 – N° TVA intracommunautaire : FR44732829320');
  });

  it('a credit note and a receipt carry the seller block and the customer address too', async () => {
    const { tenant, customer, records } = await setup();
    await app.owner.tenant.update({ where: { id: tenant.id }, data: PARIS });
    const business = pdfBusiness(await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } }));
    const to = { name: customer.name, email: customer.email, locale: 'fr', address: { addressLine1: '18 rue des Martyrs', city: 'Paris', postalCode: '75009', country: 'FR' } };
    const note = await pdfText(
      await renderCreditNotePdf({
        business,
        customer: to,
        creditNote: { number: 'CN-1', invoiceNumber: records.invoice.number, amountMinor: 1000, currency: 'EUR', reason: 'Geste commercial', issuedAt: TEST_START },
        renderedAt: TEST_START,
      }),
    );
    const receipt = await pdfText(
      await renderReceiptPdf({
        business,
        customer: to,
        invoiceNumber: records.invoice.number,
        payment: {
          id: '4b1d3c2a-0000-4000-8000-000000000000',
          amountMinor: 5000,
          refundedMinor: 0,
          currency: 'EUR',
          method: 'card',
          cardBrand: 'visa',
          last4: '4242',
          paidAt: TEST_START,
        },
        amountDueMinor: 0,
        renderedAt: TEST_START,
      }),
    );
    for (const text of [note, receipt]) {
      expect(text).toContain('18 rue des Martyrs 75009 Paris');
      expect(text).toContain('Pawsome Toilettage SAS · 27 rue de Lévis, 75017 Paris, France');
      expect(text).toContain('Tél. +33 1 42 00 17 35 · bonjour@pawsome.example.fr · SIRET 732 829 320 00074 · N° TVA FR44732829320');
    }
  });
});
