/**
 * Draw the one image every page shares in link previews (Open Graph / Twitter): a
 * 1200x630 PNG with the site name and the team, from content/site.json. The result is
 * committed as public/og-image.png; run this again after changing the site name:
 *
 *   node scripts/make-og-image.ts
 */
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { site } from '../src/lib/site/site.ts';
import { OG_IMAGE } from '../src/lib/site/social.ts';
import { xmlEscape } from '../src/lib/util/xml.ts';

export function ogImageSvg(): string {
  const { width, height } = OG_IMAGE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#0b57b7"/>
  <rect x="80" y="96" width="112" height="112" rx="20" fill="#ffffff"/>
  <path d="M112 128h48M112 152h48M112 176h30" stroke="#0b57b7" stroke-width="11" stroke-linecap="round"/>
  <text x="80" y="330" fill="#ffffff" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="76" font-weight="700">${xmlEscape(site.name)}</text>
  <text x="80" y="410" fill="#dbe7fb" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="36">Scope, channels, checklist and glossary</text>
  <text x="80" y="540" fill="#dbe7fb" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="30">${xmlEscape(site.team)}</text>
</svg>`;
}

if (import.meta.main) {
  const out = fileURLToPath(new URL(`../public${OG_IMAGE.path}`, import.meta.url));
  await sharp(Buffer.from(ogImageSvg())).png({ compressionLevel: 9, palette: true }).toFile(out);
  console.log(`wrote ${out}`);
}
