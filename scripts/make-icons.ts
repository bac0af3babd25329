/**
 * Renders the app icons (public/icons/*.png) from the favicon's design with
 * Debian's Chromium. Run once after changing the design and commit the PNGs:
 *   npx tsx scripts/make-icons.ts
 * "any" icons keep the favicon's rounded square; the maskable icon fills the
 * whole square with the background and keeps the mark inside the central
 * 80 % circle (the safe zone launchers never crop).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const BG = '#1d3b5a';
const MARK = '#f5c542';
/** The three bars of public/favicon.svg, in its 64 x 64 box. */
const BARS = 'M14 20h36v6H14zM14 30h28v6H14zM14 40h20v6H14z';

function anyIcon(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${BG}"/><path d="${BARS}" fill="${MARK}"/></svg>`;
}

function maskableIcon(): string {
  // Scale the mark to 70 % around the centre: its farthest corner then sits
  // about 16 units from the centre, well inside the 25.6-unit safe radius.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${BG}"/><g transform="translate(32 32) scale(0.7) translate(-32 -33)"><path d="${BARS}" fill="${MARK}"/></g></svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: anyIcon() },
  { file: 'icon-512.png', size: 512, svg: anyIcon() },
  { file: 'maskable-512.png', size: 512, svg: maskableIcon() },
];

async function main() {
  mkdirSync('public/icons', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
      const html = `<html><body style="margin:0;background:transparent">${icon.svg.replace(
        '<svg ',
        `<svg width="${icon.size}" height="${icon.size}" style="display:block" `,
      )}</body></html>`;
      await page.setContent(html);
      await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: true });
      await page.close();
      console.log(`public/icons/${icon.file} (${icon.size}px)`);
    }
  } finally {
    await browser.close();
  }
}

void main();
