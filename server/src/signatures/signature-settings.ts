// A tenant's signature provider (BUILTIN by default, or DOCUSIGN with its credentials).
import type { StaffContext } from '../context/context.js';
import type { SignatureSettings, UpdateSignatureSettingsInput } from './signatures.types.js';

/** Contract stub: filled in by the next commits. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not yet (${args.length})`));
}

export function getSignatureSettings(ctx: StaffContext): Promise<SignatureSettings> {
  return notYet(ctx);
}

export function updateSignatureSettings(ctx: StaffContext, input: UpdateSignatureSettingsInput): Promise<SignatureSettings> {
  return notYet(ctx, input);
}
