// DNS for tests: TXT answers that a test publishes, removes or makes fail; every other name does
// not exist (NXDOMAIN, as node:dns reports it: ENOTFOUND).
import type { TxtResolver } from '../tenants/custom-domains.proof.js';
import type { TestApp } from './app.js';
import { makeStaff, staffToken } from './factory.js';

export class TestDns implements TxtResolver {
  readonly #records = new Map<string, string[][] | string>();
  /** Every name asked for, in order. */
  readonly queries: string[] = [];

  /** Publishes TXT records at `name` (each value one record), replacing what was there. */
  publish(name: string, ...values: string[]): void {
    this.#records.set(
      name.toLowerCase(),
      values.map((v) => [v]),
    );
  }

  /** Makes lookups of `name` fail with this errno code (ETIMEOUT, ESERVFAIL, ENODATA...). */
  fail(name: string, code: string): void {
    this.#records.set(name.toLowerCase(), code);
  }

  remove(name: string): void {
    this.#records.delete(name.toLowerCase());
  }

  resolveTxt(name: string): Promise<string[][]> {
    this.queries.push(name);
    const answer = this.#records.get(name.toLowerCase()) ?? 'ENOTFOUND';
    if (typeof answer === 'string') return Promise.reject(Object.assign(new Error(`queryTxt ${answer} ${name}`), { code: answer, hostname: name }));
    return Promise.resolve(answer);
  }
}

/**
 * Gives a tenant `domain` as its verified custom domain the way a business does: an owner asks
 * for it in the settings, the TXT record is published, "Check now" finds it.
 */
export async function verifiedCustomDomain(app: TestApp, tenantId: string, domain: string): Promise<void> {
  const { token } = await staffToken(app, await makeStaff(app.owner, tenantId, 'owner'));
  const claimed = await app.call<{ updateTenantSettings: { customDomainVerification: { recordName: string; recordValue: string } | null } }>(
    'admin',
    'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { customDomainVerification { recordName recordValue } } }',
    { input: { customDomain: domain } },
    { token },
  );
  const record = claimed.data?.updateTenantSettings.customDomainVerification;
  if (!record) throw new Error(`could not ask for ${domain}: ${JSON.stringify(claimed.errors)}`);
  app.dns.publish(record.recordName, record.recordValue);
  const verified = await app.call<{ verifyCustomDomain: { status: string } }>('admin', 'mutation { verifyCustomDomain { status } }', {}, { token });
  if (verified.data?.verifyCustomDomain.status !== 'verified') throw new Error(`${domain} was not verified: ${JSON.stringify(verified.errors)}`);
}
