// The audit log as a CSV file (issue 22): UTF-8 with a byte-order mark (so spreadsheet programs read
// accents right), every cell quoted, times in the business's time zone, and no cell a spreadsheet
// would run as a formula.
import type { AuditEntry } from './audit-log.types.js';

export const CSV_HEADER = ['Time', 'Time zone', 'Actor type', 'Actor', 'Actor id', 'Contact', 'Action', 'Object type', 'Object', 'Object id', 'IP address', 'User agent', 'Source'];

const BOM = '\uFEFF';

/** One cell: a leading = + - @ (or tab, carriage return) gets a quote so it stays text; quotes doubled. */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(cells: (string | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** "2026-12-01 14:05:09" in the zone. */
export function zonedTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export function csvRow(entry: AuditEntry, timeZone: string): string {
  return csvLine([
    zonedTime(entry.at, timeZone),
    timeZone,
    entry.actorType,
    entry.actorName,
    entry.actorId,
    entry.contactName,
    entry.action,
    entry.subjectType,
    entry.subjectLabel,
    entry.subjectId,
    entry.ip,
    entry.userAgent,
    entry.source,
  ]);
}

/** The whole file, header first. */
export async function auditCsv(entries: AsyncIterable<AuditEntry>, timeZone: string): Promise<string> {
  let out = BOM + csvLine(CSV_HEADER);
  for await (const entry of entries) out += csvRow(entry, timeZone);
  return out;
}
