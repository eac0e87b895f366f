import { describe, expect, it } from 'vitest';
import { checkGrantedRights, checkGrantedSites, checkManagedContact, checkRemovable } from './grant-within-own-rights.js';

const frontDesk = { isPrimary: false, rights: ['appointments', 'requests', 'documents_shared', 'contacts'] as const, siteIds: [] };
const limited = { isPrimary: false, rights: ['appointments', 'contacts'] as const, siteIds: ['a', 'b'] };
const primary = { isPrimary: true, rights: [] as const, siteIds: [] };
const reason = (work: () => void) => {
  try {
    work();
  } catch (error) {
    return (error as { extensions?: { reason?: string } }).extensions?.reason;
  }
  return 'none';
};

describe('a contact grants only what they hold', () => {
  it('a contact without the invoices right cannot give it, nor take it away', () => {
    const granter = { ...frontDesk, rights: [...frontDesk.rights] };
    expect(
      reason(() => {
        checkGrantedRights(granter, [], ['appointments', 'invoices']);
      }),
    ).toBe('BEYOND_OWN_RIGHTS');
    expect(
      reason(() => {
        checkGrantedRights(granter, ['invoices', 'requests'], ['requests']);
      }),
    ).toBe('BEYOND_OWN_RIGHTS');
    // Their own rights they change freely, and leave the others as they were.
    expect(
      reason(() => {
        checkGrantedRights(granter, ['invoices'], ['invoices', 'appointments', 'documents_shared']);
      }),
    ).toBe('none');
  });

  it('seeing only shared documents does not let one give every document', () => {
    const granter = { ...frontDesk, rights: [...frontDesk.rights] };
    expect(
      reason(() => {
        checkGrantedRights(granter, [], ['documents_all']);
      }),
    ).toBe('BEYOND_OWN_RIGHTS');
    expect(
      reason(() => {
        checkGrantedRights({ ...granter, rights: ['documents_all', 'contacts'] }, [], ['documents_shared']);
      }),
    ).toBe('none');
  });

  it('the primary contact and the office give anything', () => {
    expect(
      reason(() => {
        checkGrantedRights({ ...primary, rights: [] }, [], ['invoices', 'documents_all']);
      }),
    ).toBe('none');
    expect(
      reason(() => {
        checkGrantedRights(null, [], ['invoices']);
      }),
    ).toBe('none');
    expect(
      reason(() => {
        checkGrantedSites(null, []);
      }),
    ).toBe('none');
  });

  it('a site-limited contact gives only their own sites, never every site', () => {
    const granter = { ...limited, rights: [...limited.rights], siteIds: [...limited.siteIds] };
    expect(
      reason(() => {
        checkGrantedSites(granter, ['a']);
      }),
    ).toBe('none');
    expect(
      reason(() => {
        checkGrantedSites(granter, ['A', 'b']);
      }),
    ).toBe('none');
    expect(
      reason(() => {
        checkGrantedSites(granter, ['a', 'c']);
      }),
    ).toBe('BEYOND_OWN_RIGHTS');
    expect(
      reason(() => {
        checkGrantedSites(granter, []);
      }),
    ).toBe('BEYOND_OWN_RIGHTS');
  });

  it('a site-limited contact manages only contacts within their sites', () => {
    const granter = { ...limited, rights: [...limited.rights], siteIds: [...limited.siteIds] };
    expect(
      reason(() => {
        checkManagedContact(granter, { siteIds: ['b'] });
      }),
    ).toBe('none');
    expect(
      reason(() => {
        checkManagedContact(granter, { siteIds: [] });
      }),
    ).toBe('BEYOND_OWN_RIGHTS');
    expect(
      reason(() => {
        checkManagedContact({ ...frontDesk, rights: [...frontDesk.rights] }, { siteIds: [] });
      }),
    ).toBe('none');
  });

  it('a contact removes only colleagues whose rights they all hold', () => {
    const granter = { ...frontDesk, rights: [...frontDesk.rights] };
    expect(
      reason(() => {
        checkRemovable(granter, { rights: ['appointments'], siteIds: [] });
      }),
    ).toBe('none');
    expect(
      reason(() => {
        checkRemovable(granter, { rights: ['invoices'], siteIds: [] });
      }),
    ).toBe('BEYOND_OWN_RIGHTS');
    expect(
      reason(() => {
        checkRemovable(null, { rights: ['invoices'], siteIds: [] });
      }),
    ).toBe('none');
  });
});
