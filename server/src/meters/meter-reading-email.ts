// Reading meter readings out of an email's text: a "Serial: …" line starts a device, and lines like
// "Black: 123456", "Colour: 23 456", "Scans: 999" give its meters' values. Labels are read in
// English, French and Spanish, ignoring case and accents; values may group digits with spaces,
// commas, dots or apostrophes. Anything else (greetings, signatures, the quoted history of a reply)
// is left alone; a meter line before any serial, or a value that is not a count, is a problem the
// reply email explains.
import { MeterKind } from './meters.types.js';
import { replyText } from '../messaging/email/reply-text.js';

export interface EmailedDevice {
  serial: string;
  readings: { kind: MeterKind; value: number; line: string }[];
}

export type EmailProblem = { line: string; reason: 'NO_SERIAL' | 'INVALID_VALUE' };

export interface EmailedReadings {
  devices: EmailedDevice[];
  problems: EmailProblem[];
}

const SERIAL_LABELS = [
  'serial',
  'serial number',
  'serial no',
  'serial #',
  's/n',
  'sn',
  'serie',
  'numero de serie',
  'no de serie',
  'n de serie',
  'n° de serie',
  'nº de serie',
  'n.º de serie',
  'num de serie',
  'numero serie',
];

const METER_LABELS: Record<MeterKind, string[]> = {
  [MeterKind.BLACK]: ['black', 'mono', 'b&w', 'black and white', 'black & white', 'noir', 'noir et blanc', 'n&b', 'negro', 'blanco y negro', 'byn', 'b/n'],
  [MeterKind.COLOUR]: ['colour', 'color', 'colours', 'colors', 'couleur', 'couleurs'],
  [MeterKind.SCAN]: ['scan', 'scans', 'numerisation', 'numerisations', 'escaneo', 'escaneos', 'escaneados'],
  [MeterKind.LARGE_FORMAT]: ['large format', 'large-format', 'grand format', 'grand-format', 'gran formato'],
  [MeterKind.OTHER]: ['other', 'autre', 'otro'],
};

/** Lower case, without accents, single spaces: how labels are compared. */
function normal(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const SERIALS = new Set(SERIAL_LABELS.map(normal));
const KINDS = new Map<string, MeterKind>(Object.entries(METER_LABELS).flatMap(([kind, labels]) => labels.map((l) => [normal(l), kind as MeterKind] as const)));

// "Label: value" (also "=", or a dash or tab between them); bullets and bold markers around are ignored.
const LINE = /^[\s>*•·-]*\**([^:=\t]{1,40}?)\**\s*(?::|=|\t| - | – )\s*(.+?)\s*$/;

/** A count written with grouping separators ("1 234 567", "1,234,567", "1.234.567", "1'234'567"), or null. */
function count(text: string): number | null {
  const cleaned = text.replace(/\s*(pages?|copies|clicks?|clics?|páginas?)\.?$/i, '').trim();
  if (!/^\d{1,3}([ \u00a0\u202f,.']?\d{3})*$|^\d+$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/[ \u00a0\u202f,.']/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

export function parseReadingEmail(text: string): EmailedReadings {
  const devices: EmailedDevice[] = [];
  const problems: EmailProblem[] = [];
  let current: EmailedDevice | null = null;
  for (const raw of replyText(text).split(/\r?\n/)) {
    const line = raw.trim();
    const match = LINE.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    const label = normal(match[1]);
    const value = match[2].trim();
    if (SERIALS.has(label)) {
      current = { serial: value.replace(/\*+/g, '').trim(), readings: [] };
      devices.push(current);
      continue;
    }
    const kind = KINDS.get(label);
    if (!kind) continue;
    if (!current) {
      problems.push({ line, reason: 'NO_SERIAL' });
      continue;
    }
    const n = count(value);
    if (n === null) problems.push({ line, reason: 'INVALID_VALUE' });
    else current.readings.push({ kind, value: n, line });
  }
  return { devices, problems };
}
