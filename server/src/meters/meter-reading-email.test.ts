import { describe, expect, it } from 'vitest';
import { parseReadingEmail } from './meter-reading-email.js';

describe('readings in an email', () => {
  it('reads serials and meter values, in any case, with grouped digits', () => {
    const parsed = parseReadingEmail(['Hello,', '', 'Serial: KM-C250-0042', 'BLACK: 123 456', 'colour = 23,456', '- Scans: 999 pages', '', 'Thanks, Ann'].join('\n'));
    expect(parsed).toEqual({
      devices: [
        {
          serial: 'KM-C250-0042',
          readings: [
            { kind: 'BLACK', value: 123_456, line: 'BLACK: 123 456' },
            { kind: 'COLOUR', value: 23_456, line: 'colour = 23,456' },
            { kind: 'SCAN', value: 999, line: '- Scans: 999 pages' },
          ],
        },
      ],
      problems: [],
    });
  });

  it('reads French and Spanish labels, and several devices', () => {
    const parsed = parseReadingEmail(['Numéro de série : KM-1', 'Noir : 1.234.567', 'Couleur : 12 345', '', 'Número de serie: KM-2', 'Negro: 5000', 'Escaneos: 70', 'Gran formato: 3'].join('\n'));
    expect(parsed.devices.map((d) => [d.serial, d.readings.map((r) => [r.kind, r.value])])).toEqual([
      [
        'KM-1',
        [
          ['BLACK', 1_234_567],
          ['COLOUR', 12_345],
        ],
      ],
      [
        'KM-2',
        [
          ['BLACK', 5000],
          ['SCAN', 70],
          ['LARGE_FORMAT', 3],
        ],
      ],
    ]);
  });

  it('names the lines it cannot take: a value before any serial, a value that is not a count', () => {
    const parsed = parseReadingEmail(['Black: 100', 'Serial: KM-3', 'Colour: about twelve', 'Black: 12.5'].join('\n'));
    expect(parsed.problems).toEqual([
      { line: 'Black: 100', reason: 'NO_SERIAL' },
      { line: 'Colour: about twelve', reason: 'INVALID_VALUE' },
      { line: 'Black: 12.5', reason: 'INVALID_VALUE' },
    ]);
    expect(parsed.devices).toEqual([{ serial: 'KM-3', readings: [] }]);
  });

  it('ignores the quoted history of a reply', () => {
    const parsed = parseReadingEmail(['Serial: KM-4', 'Black: 200', '', 'On Mon, Nov 2, 2026 at 9:00 AM Acme <meters@in.example> wrote:', '> Serial: KM-4', '> Black: 100'].join('\n'));
    expect(parsed.devices).toEqual([{ serial: 'KM-4', readings: [{ kind: 'BLACK', value: 200, line: 'Black: 200' }] }]);
  });

  it('finds nothing in an email without readings', () => {
    expect(parseReadingEmail('Please call me about the copier.')).toEqual({ devices: [], problems: [] });
  });
});
