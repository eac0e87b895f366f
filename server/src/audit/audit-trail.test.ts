// Every mutation of both endpoints is either recorded by the audit trail or exempt with a reason
// (audited-mutations.ts): a mutation added without deciding fails here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { AUDITED, AUDIT_EXEMPT } from './audited-mutations.js';
import { subjectOf } from './audit-trail.js';

const ID = '5b0e8a4c-8f53-4c1e-9a43-3c1f2f1f0a01';

describe('which mutations are audited', () => {
  for (const endpoint of ['admin', 'portal'] as const) {
    it(`${endpoint}: each mutation of the printed schema is audited or exempt with a reason, never both`, () => {
      const schema = buildSchema(readFileSync(new URL(`../../schema/${endpoint}.graphql`, import.meta.url), 'utf8'));
      const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
      const audited = new Set(AUDITED[endpoint]);
      const exempt = AUDIT_EXEMPT[endpoint];
      const undecided = mutations.filter((m) => !audited.has(m) && !Object.hasOwn(exempt, m));
      expect(undecided, 'add each to AUDITED, or to AUDIT_EXEMPT with a reason').toEqual([]);
      expect([...audited].filter((m) => Object.hasOwn(exempt, m))).toEqual([]);
      expect(
        [...audited, ...Object.keys(exempt)].filter((m) => !mutations.includes(m)),
        'gone from the schema',
      ).toEqual([]);
      for (const reason of Object.values(exempt)) expect(reason.length).toBeGreaterThan(20);
    });
  }
});

describe('what a mutation acted on', () => {
  it('is the object it returned, named by its number, name or title', () => {
    class Invoice {
      id = ID;
      number = 'INV-7';
      customerId = ID;
    }
    expect(subjectOf(new Invoice(), {}, 'Invoice')).toEqual({ type: 'Invoice', id: ID, label: 'INV-7', customerId: ID });
    expect(subjectOf({ id: ID, title: '  Boiler\n service ' }, {}, 'Job')).toEqual({ type: 'Job', id: ID, label: 'Boiler service', customerId: null });
  });

  it("is the object in a payload, or else the mutation's id argument", () => {
    expect(subjectOf({ ok: true, quote: { id: ID, number: 'Q-1' } }, {}, 'ConvertQuotePayload')).toMatchObject({ id: ID, label: 'Q-1' });
    expect(subjectOf(true, { id: ID }, null)).toEqual({ type: null, id: ID, label: null, customerId: null });
    expect(subjectOf(true, { id: 'not-an-id' }, null)).toEqual({ type: null, id: null, label: null, customerId: null });
  });
});
