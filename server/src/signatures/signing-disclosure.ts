// The consent to sign electronically (ESIGN / eIDAS), versioned: the audit records which text.
import type { CustomerContext } from '../context/context.js';
import type { SigningDisclosure } from './signatures.types.js';

/** Contract stub: filled in by the next commits. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not yet (${args.length})`));
}

export function signingDisclosure(ctx: CustomerContext): Promise<SigningDisclosure> {
  return notYet(ctx);
}
