// What makes the details of a piece of equipment or an animal valid, for the office and for
// customers alike: a name, a type from the business's catalogue, one of the customer's own
// sites, short texts and real calendar dates.
import type { SignedInContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { BadInput } from '../errors/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { siteById } from '../sites/sites.loaders.js';
import { assetTypeById, type AssetTypeWithNames } from './assets.loaders.js';
import type { AssetInput } from './assets.types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function calendarDate(field: string, value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value.trim() === '') return null;
  const date = new Date(`${value.trim()}T00:00:00Z`);
  // A round trip catches 2026-02-30, which Date would roll over into March.
  if (!DATE.test(value.trim()) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value.trim()) {
    throw new BadInput(field, 'Enter a date as YYYY-MM-DD.', 'INVALID_DATE');
  }
  return date;
}

function optionalText(field: string, value: string | null | undefined, max: number): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw new BadInput(field, `Use at most ${max} characters.`, 'TOO_LONG');
  return trimmed || null;
}

export async function requireAssetType(ctx: SignedInContext, id: string, field = 'assetTypeId'): Promise<AssetTypeWithNames> {
  const type = isId(id) ? await assetTypeById(ctx, id) : null;
  // Named as a field: the id came with the input, not as the operation's subject.
  if (!type) throw new BadInput(field, 'Choose an asset type from the catalogue.', 'UNKNOWN_ASSET_TYPE');
  return type;
}

/** The columns to write, checked; the site must be one of this customer's. */
export async function assetChanges(ctx: SignedInContext, customerId: string, input: AssetInput, creating: boolean) {
  const data: Prisma.AssetUncheckedUpdateManyInput = {};
  if (input.name !== undefined || creating) {
    const name = input.name?.trim() ?? '';
    if (!name || name.length > 120) throw new BadInput('name', 'Enter a name, 1 to 120 characters.', name ? 'TOO_LONG' : 'REQUIRED');
    data.name = name;
  }
  if (input.assetTypeId !== undefined || creating) {
    if (!input.assetTypeId) throw new BadInput('assetTypeId', 'Choose an asset type from the catalogue.', 'REQUIRED');
    data.assetTypeId = (await requireAssetType(ctx, input.assetTypeId)).id;
  }
  if (input.siteId !== undefined) {
    if (input.siteId === null) data.siteId = null;
    else {
      const site = isId(input.siteId) ? await siteById(ctx, input.siteId) : null;
      if (!site || site.customerId !== customerId) throw new BadInput('siteId', "Choose one of this customer's sites.", 'UNKNOWN_SITE');
      data.siteId = site.id;
    }
  }
  data.model = optionalText('model', input.model, 120);
  data.serialNumber = optionalText('serialNumber', input.serialNumber, 120);
  data.installedOn = calendarDate('installedOn', input.installedOn);
  data.notes = optionalText('notes', input.notes, 1000);
  data.warrantyEndOn = calendarDate('warrantyEndOn', input.warrantyEndOn);
  return data;
}
