import { describe, expect, it } from 'vitest';
import { addressLine, addressLines, telHref } from './address';

describe('postal addresses', () => {
  it('writes a US address as city, state ZIP and a French one as code city', () => {
    expect(addressLines({ addressLine1: '1418 Maple Avenue', city: 'Evanston', postalCode: '60201', region: 'IL', country: 'US' })).toEqual([
      '1418 Maple Avenue',
      'Evanston, IL 60201',
    ]);
    expect(addressLine({ addressLine1: '18 rue des Martyrs', addressLine2: 'Bât. B', city: 'Paris', postalCode: '75009', country: 'FR' })).toBe(
      '18 rue des Martyrs, Bât. B, 75009 Paris',
    );
  });

  it("names the country only when it is not the reader's, in the reader's language", () => {
    const paris = { addressLine1: '18 rue des Martyrs', city: 'Paris', postalCode: '75009', country: 'FR' };
    expect(addressLines(paris, { homeCountry: 'US', locale: 'en' }).at(-1)).toBe('France');
    expect(addressLines({ ...paris, country: 'DE', postalCode: '10115', city: 'Berlin' }, { homeCountry: 'FR', locale: 'fr' }).at(-1)).toBe('Allemagne');
    expect(addressLines(paris, { homeCountry: 'FR' })).toEqual(['18 rue des Martyrs', '75009 Paris']);
    expect(addressLines({ addressLine1: '', city: 'Paris', postalCode: '', country: 'FR' })).toEqual([]);
  });

  it('dials only the leading + and digits', () => {
    expect(telHref('+1 (312) 555-0100')).toBe('tel:+13125550100');
  });
});
