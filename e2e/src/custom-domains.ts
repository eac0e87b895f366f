// A business's own domain for browser tests: written straight into the run's database as if its
// DNS proof had been found (the API's check needs real DNS, which a test run has not got).
import pg from 'pg';
import { inject } from 'vitest';

/** Gives the business `slug` the verified custom domain `domain`, or none (null). */
export async function setVerifiedCustomDomain(slug: string, domain: string | null): Promise<void> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    if (domain === null) {
      await client.query('DELETE FROM custom_domains WHERE tenant_id = (SELECT id FROM tenants WHERE slug = $1)', [slug]);
    } else {
      await client.query(
        `INSERT INTO custom_domains (tenant_id, domain, token, status, pending_since, checked_at, next_check_at, verified_at)
         SELECT id, $1, md5(id::text), 'verified', now(), now(), now() + interval '1 day', now() FROM tenants WHERE slug = $2
         ON CONFLICT (tenant_id) DO UPDATE SET domain = EXCLUDED.domain, token = EXCLUDED.token, status = 'verified', problem = NULL, misses = 0,
           checked_at = EXCLUDED.checked_at, next_check_at = EXCLUDED.next_check_at, verified_at = EXCLUDED.verified_at`,
        [domain, slug],
      );
    }
    await client.query('UPDATE tenants SET custom_domain = $1 WHERE slug = $2', [domain, slug]);
  } finally {
    await client.end();
  }
}
