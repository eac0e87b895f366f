// CLI: `DATABASE_URL=postgresql://owner@host/db npx tsx prisma/seed/run.ts`
// Seeds the demo tenants (once) and prints the demo logins.
import { readClockOffsetMs } from '../../server/src/config.js';
import { seedDemo, type DemoLogin } from './seed.js';

function table(logins: DemoLogin[]): string {
  const header = ['side', 'tenant', 'role', 'email', 'password'];
  const rows = logins.map((l) => [l.side, l.tenantSlug, l.role, l.email, l.password]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: point it at the database, as its owner.');
  process.exit(1);
}
try {
  // Dated relative to the API's clock: the system's, or moved by PORTICO_CLOCK_OFFSET_MINUTES.
  const logins = await seedDemo(url, {
    now: new Date(Date.now() + readClockOffsetMs()),
    log: (message) => {
      console.log(message);
    },
  });
  console.log(`\nDemo logins:\n\n${table(logins)}`);
} catch (error) {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
