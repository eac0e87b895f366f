// Stand-in site photos for a template's preview (a business previewing its wording has no project
// photos to show): small PNGs drawn here, a sky over a wall in the given colour, so the preview
// shows where photos go and how they are laid out.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG of `width` × `height` whose pixels `paint` gives. */
export function pngOf(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A 320 × 240 "photo": sky, a wall in `wall` ([r, g, b]) with a window, a floor. */
export function samplePhoto(wall: [number, number, number]): Buffer {
  const [wr, wg, wb] = wall;
  return pngOf(320, 240, (x, y) => {
    if (y < 70) return [170 + Math.round(y / 2), 200 + Math.round(y / 4), 235];
    if (y > 200) return [120 - Math.round((y - 200) / 2), 95, 70];
    const window = x > 200 && x < 270 && y > 100 && y < 160;
    if (window) return [200, 225, 245];
    const shade = Math.round((x / 320) * 30);
    return [Math.max(0, wr - shade), Math.max(0, wg - shade), Math.max(0, wb - shade)];
  });
}
