// Small PNG pictures for tests that upload photos: a room drawn in flat colours (wall, floor, a
// cabinet and a window), different for each `scene`, so screenshots show which photo is which.
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

export interface Scene {
  wall: Rgb;
  floor: Rgb;
  cabinet: Rgb;
}

export const SCENES = {
  before: { wall: [214, 196, 160], floor: [120, 94, 70], cabinet: [150, 110, 60] },
  during: { wall: [200, 200, 200], floor: [150, 140, 130], cabinet: [230, 230, 230] },
  after: { wall: [246, 243, 236], floor: [181, 148, 112], cabinet: [93, 122, 102] },
} as const satisfies Record<string, Scene>;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `width`×`height` RGB PNG of `scene`. */
export function roomPicture(scene: Scene, width = 800, height = 600): Buffer {
  const rows: Buffer[] = [];
  const horizon = Math.round(height * 0.68);
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const inCabinet = x > width * 0.1 && x < width * 0.55 && y > height * 0.4 && y < horizon;
      const inWindow = x > width * 0.65 && x < width * 0.88 && y > height * 0.12 && y < height * 0.42;
      const colour: Rgb = inCabinet ? scene.cabinet : inWindow ? [173, 216, 230] : y < horizon ? scene.wall : scene.floor;
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
