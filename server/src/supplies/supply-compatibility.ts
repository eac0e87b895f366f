// Which catalogue items fit a device: an item lists the equipment models it fits, and a device
// (an asset) has a model; the two match ignoring case and spaces ("imageRUNNER C3226i" fits
// "ImageRunner  C3226I"). A device without a model fits nothing: the office adds it first.
import { BadInput } from '../errors/errors.js';

/** A model as compared: lower case, without spaces (of any kind). */
export function normaliseModel(model: string | null | undefined): string {
  return (model ?? '').toLowerCase().replace(/\s+/g, '');
}

/** Whether an item listing `itemModels` fits a device of `deviceModel`. */
export function fitsDevice(itemModels: readonly string[], deviceModel: string | null | undefined): boolean {
  const device = normaliseModel(deviceModel);
  if (!device) return false;
  return itemModels.some((model) => normaliseModel(model) === device);
}

/**
 * Refuses an order line whose item does not fit the device: BAD_USER_INPUT on the line's item
 * (`lines.<index>.itemId`), reason SUPPLY_NOT_COMPATIBLE.
 */
export function assertCompatible(index: number, item: { name: string; models: readonly string[] }, deviceModel: string | null | undefined): void {
  if (!fitsDevice(item.models, deviceModel)) {
    throw new BadInput(`lines.${index}.itemId`, `${item.name} does not fit this device.`, 'SUPPLY_NOT_COMPATIBLE');
  }
}
