// The proof that a business controls its custom domain: a DNS TXT record holding a token of its
// own, looked up through an injectable resolver (tests answer for DNS).
import { randomBytes } from 'node:crypto';
import { Resolver } from 'node:dns/promises';
import type { CustomDomainProblem } from '../generated/prisma/enums.js';

/** Answers TXT queries the way node:dns does: each record as its character strings; errors carry an errno `code`. */
export interface TxtResolver {
  resolveTxt(name: string): Promise<string[][]>;
}

/** The system's DNS servers, with short timeouts: a request or a worker run waits at most a few seconds. */
export function systemTxtResolver(): TxtResolver {
  const resolver = new Resolver({ timeout: 2500, tries: 2 });
  return { resolveTxt: (name) => resolver.resolveTxt(name) };
}

export const PROOF_PREFIX = '_portico-verification';
const VALUE_PREFIX = 'portico-verification=';

/** A fresh token for a business's claim of one domain (128 random bits). */
export function newProofToken(): string {
  return randomBytes(16).toString('hex');
}

/** The TXT record the business creates: its name and exact value. */
export function proofRecord(domain: string, token: string): { name: string; value: string } {
  return { name: `${PROOF_PREFIX}.${domain}`, value: `${VALUE_PREFIX}${token}` };
}

export type ProofCheck = { found: true } | { found: false; problem: Exclude<CustomDomainProblem, 'domain_taken'> };

/** No such name, or the name has no TXT record: both mean the record is not (yet) there. */
const ABSENT = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN', 'ENONAME']);

/** Looks for the record; a definite "not there" is told apart from DNS that did not answer. */
export async function checkProof(resolver: TxtResolver, domain: string, token: string): Promise<ProofCheck> {
  const { name, value } = proofRecord(domain, token);
  let records: string[][];
  try {
    records = await resolver.resolveTxt(name);
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
    return { found: false, problem: ABSENT.has(code) ? 'record_missing' : 'dns_unavailable' };
  }
  if (records.length === 0) return { found: false, problem: 'record_missing' };
  // A long TXT value comes back in 255-byte strings; some DNS panels keep the quotes typed in.
  const values = records.map((chunks) =>
    chunks
      .join('')
      .trim()
      .replace(/^"(.*)"$/, '$1'),
  );
  return values.includes(value) ? { found: true } : { found: false, problem: 'wrong_value' };
}

/** What each problem means, for API users and logs; clients translate `problem` instead. */
export function problemMessage(problem: CustomDomainProblem, domain: string): string {
  const { name } = proofRecord(domain, '');
  switch (problem) {
    case 'record_missing':
      return `No TXT record was found at ${name}. Create it at your DNS provider; changes can take a few hours to show.`;
    case 'wrong_value':
      return `The TXT record at ${name} does not hold this business's value. Copy the value exactly as shown.`;
    case 'dns_unavailable':
      return `The DNS servers of ${domain} did not answer. The check will be tried again.`;
    case 'domain_taken':
      return `${domain} is already verified by another business.`;
  }
}
