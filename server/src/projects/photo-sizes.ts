// The two sizes a project photo is kept in: upright, stripped of all metadata (GPS position, camera,
// time), WebP. Free of the API's other modules so the demo seed draws its gallery through it too.
import sharp from 'sharp';
import { BadInput } from '../errors/errors.js';

export const DISPLAY_WIDTH = 1600;
export const THUMBNAIL_WIDTH = 480;

export interface ProcessedPhoto {
  display: { bytes: Buffer; width: number; height: number };
  thumbnail: { bytes: Buffer; width: number; height: number };
}

/** Upright, stripped of metadata, in the two sizes; never enlarged. */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  const resize = async (width: number, quality: number) => {
    // .rotate() with no angle applies the EXIF orientation; without withMetadata() nothing of the EXIF is written.
    const { data, info } = await sharp(bytes, { limitInputPixels: 64_000_000 })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  };
  try {
    return { display: await resize(DISPLAY_WIDTH, 82), thumbnail: await resize(THUMBNAIL_WIDTH, 75) };
  } catch {
    throw new BadInput('file', 'This image could not be read. Please send another photo.', 'IMAGE_UNREADABLE');
  }
}
