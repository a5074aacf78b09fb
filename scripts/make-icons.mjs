// Draws Riposte's icon (a speech bubble with a return arrow) as PNGs at the manifest's sizes.
// Pure Node (zlib), so it runs anywhere: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4; // supersampling
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let cover = 0,
        white = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size,
            v = (y + (sy + 0.5) / S) / size;
          // bubble: rounded rect 0.06..0.94 x 0.06..0.78 plus a tail
          const inRect = (() => {
            const r = 0.18,
              x0 = 0.06,
              x1 = 0.94,
              y0 = 0.06,
              y1 = 0.78;
            const cx = Math.min(Math.max(u, x0 + r), x1 - r),
              cy = Math.min(Math.max(v, y0 + r), y1 - r);
            return (u - cx) ** 2 + (v - cy) ** 2 <= r * r && u >= x0 && u <= x1 && v >= y0 && v <= y1;
          })();
          const inTail = v >= 0.7 && v <= 0.95 && u >= 0.22 && u <= 0.45 && u - 0.22 <= (0.95 - v) * 0.9;
          if (inRect || inTail) {
            cover++;
            // return arrow: horizontal bar + vertical bar + arrow head
            const bar = v >= 0.47 && v <= 0.57 && u >= 0.3 && u <= 0.7;
            const up = u >= 0.6 && u <= 0.7 && v >= 0.22 && v <= 0.57;
            const head = u >= 0.2 && u <= 0.36 && Math.abs(v - 0.52) <= (u - 0.2) * 0.9;
            if (bar || up || head) white++;
          }
        }
      const i = (y * size + x) * 4;
      const a = cover / (S * S),
        w = cover ? white / cover : 0;
      px[i] = Math.round(37 * (1 - w) + 255 * w);
      px[i + 1] = Math.round(99 * (1 - w) + 255 * w);
      px[i + 2] = Math.round(235 * (1 - w) + 255 * w);
      px[i + 3] = Math.round(a * 255);
    }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const s of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${s}.png`, draw(s));
console.log('icons written');
