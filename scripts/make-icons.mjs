// Draws the toolbar icon (a speech bubble with a small feather-light dot) into public/icon/*.png.
// Run by hand when the icon changes: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const TEAL = [31, 111, 92];
const CREAM = [255, 248, 236];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// Signed distances, in units of the icon's width (0..1).
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
function bubble(x, y) {
  const body = circle(x, y, 0.5, 0.46, 0.4);
  // The tail: a small triangle at the lower left, as a rotated half-plane intersection.
  const tail = Math.max(-(x - 0.16), x + y - 1.08, 0.55 - y + (x - 0.16) * 0.2);
  return Math.min(body, tail);
}

function draw(size) {
  const rows = [];
  const SS = 4; // supersampling per axis, for smooth edges at 16 px
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let cover = 0, dot = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size, y = (py + (sy + 0.5) / SS) / size;
          if (bubble(x, y) <= 0) {
            cover++;
            if (circle(x, y, 0.5, 0.46, 0.14) <= 0) dot++;
          }
        }
      const a = cover / (SS * SS), d = cover ? dot / cover : 0;
      const rgb = TEAL.map((c, i) => Math.round(c * (1 - d) + CREAM[i] * d));
      row.set([...rgb, Math.round(a * 255)], 1 + px * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), draw(size));
