// Renders the app icons in public/icons/ from their SVGs; run by hand (node scripts/icons.js) when the SVGs change, and commit the PNGs.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

const dir = new URL('../public/icons/', import.meta.url);

/** @type {{ svg: string, png: string, size: number, opaque: boolean }[]} */
const ICONS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192, opaque: false },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512, opaque: false },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512, opaque: true },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon-180.png', size: 180, opaque: true },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const { svg, png, size, opaque } of ICONS) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const src = `data:image/svg+xml;base64,${readFileSync(new URL(svg, dir)).toString('base64')}`;
    const bg = opaque ? '#0f5c63' : 'transparent';
    await page.setContent(
      `<style>*{margin:0}html{background:${bg}}img{display:block;width:100vw;height:100vh}</style>` +
        `<img src="${src}" alt="">`,
    );
    await page.locator('img').evaluate((/** @type {HTMLImageElement} */ img) => img.decode());
    await page.screenshot({ path: new URL(png, dir).pathname, omitBackground: !opaque });
    await page.close();
    console.log(`${png} ${size}×${size}`);
  }
} finally {
  await browser.close();
}
