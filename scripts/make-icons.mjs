// Writes app/icon.svg and app/favicon.ico: 한 in Pretendard Bold (OFL; its outline, so the icon
// needs no font where it is shown) on the app's teal. `node scripts/make-icons.mjs`
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM } from './ensure-chromium.mjs';

const require = createRequire(import.meta.url);
const mod = require('next/dist/compiled/@next/font/dist/fontkit').default;
const font = (mod.default ?? mod)(readFileSync(require.resolve('pretendard/dist/web/static/woff2/Pretendard-Bold.woff2')));
const glyph = font.layout('한').glyphs[0];
const { minX, minY, maxX, maxY } = glyph.bbox;
// The glyph's box fitted into 20 of the icon's 32 units, centred (font units point up, SVG down).
const scale = 20 / Math.max(maxX - minX, maxY - minY);
const tx = 16 - ((minX + maxX) / 2) * scale;
const ty = 16 + ((minY + maxY) / 2) * scale;
const svg =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#115e59"/>` +
  `<path fill="#fff" transform="translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${glyph.path.toSVG()}"/></svg>\n`;
writeFileSync('app/icon.svg', svg);

// The ICO holds PNGs (16, 32 and 48 px) that Chromium draws from the SVG.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const pngs = [];
for (const size of [16, 32, 48]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
  pngs.push({ size, png: await page.screenshot({ omitBackground: true }) });
  await page.close();
}
await browser.close();
const header = Buffer.alloc(6);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(pngs.length, 4);
let offset = 6 + 16 * pngs.length;
const entries = pngs.map(({ size, png }) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size, 0);
  entry.writeUInt8(size, 1);
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += png.length;
  return entry;
});
writeFileSync('app/favicon.ico', Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]));
