// The dev outbox: emails the API "sent" are rows of outbox_emails in the run's database.
import pg from 'pg';
import { inject } from 'vitest';

/**
 * The database's current time, which dates the outbox: emails stored after this call have a later
 * created_at. Exact, where `Date.now()` needs a margin (and the run's clock may be moved: clock.ts).
 */
export async function outboxNow(): Promise<Date> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ now: Date }>('SELECT clock_timestamp() AS now');
    return rows[0].now;
  } finally {
    await client.end();
  }
}

/** The newest email to `to` whose text matches `pattern` and that was stored after `since`; waits up to 10 s. */
export async function latestEmailLink(to: string, pattern: RegExp, since: Date): Promise<string> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ text: string }>('SELECT text FROM outbox_emails WHERE lower(to_address) = lower($1) AND created_at >= $2 ORDER BY created_at DESC', [
        to,
        since,
      ]);
      for (const row of rows) {
        const match = pattern.exec(row.text);
        if (match) return match[0];
      }
      // Sign-in links are written by the job queue's worker after the request has answered.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no email to ${to} matching ${pattern} since ${since.toISOString()}`);
  } finally {
    await client.end();
  }
}
