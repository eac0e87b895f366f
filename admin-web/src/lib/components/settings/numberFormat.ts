// What an invoice number format gives, e.g. NW-{YYYY}-{SEQ:4} → NW-2026-0042 (as the server renders it).
export function exampleInvoiceNumber(format: string, today: string, sequence = 42): string {
  const [year = '2026', month = '01'] = today.split('-');
  return format
    .replaceAll('{YYYY}', year)
    .replaceAll('{YY}', year.slice(2))
    .replaceAll('{MM}', month)
    .replace(/\{SEQ(?::(\d+))?\}/g, (_, width: string | undefined) => String(sequence).padStart(width ? Number(width) : 0, '0'));
}
