// Size report for the built app (run `npx vite build` first):
//   node scripts/size-report.mjs [--json]
// - first route: every JS and CSS file dist/index.html loads (module script,
//   modulepreload links, stylesheets), gzip level 9, summed;
// - precache: every entry in dist/sw.js's precache manifest, raw bytes, summed
//   (what a phone stores on the first visit), and their gzip size (what it downloads).
// Budgets (issue 2): first-route JS <= 120 KiB gzip, precache <= 600 KiB.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.STATIC_DIR ?? 'dist';
const BUDGET_JS_KIB = 120;
const BUDGET_PRECACHE_KIB = 600;
const kib = (n) => Math.round((n / 1024) * 10) / 10;

function firstRouteFiles(html) {
  const files = new Set();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const moduleScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const preload = /rel="modulepreload"/.test(tag);
    const css = /rel="stylesheet"/.test(tag);
    if (moduleScript || preload || css) files.add(url.replace(/^\//, ''));
  }
  return [...files];
}

function precacheEntries(sw) {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]);
}

if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'sw.js'))) {
  console.error(`No build in ${DIST}/: run \`npx vite build\` first.`);
  process.exit(1);
}
const files = firstRouteFiles(readFileSync(join(DIST, 'index.html'), 'utf8'));
let js = 0;
let css = 0;
const rows = files.map((f) => {
  const gz = gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
  if (f.endsWith('.css')) css += gz;
  else js += gz;
  return { file: f, gzipKiB: kib(gz) };
});
const entries = precacheEntries(readFileSync(join(DIST, 'sw.js'), 'utf8'));
const precacheBytes = entries.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0);
// What the first visit downloads to fill the precache (the endpoint compresses text).
const precacheGzip = entries.reduce(
  (sum, url) => sum + gzipSync(readFileSync(join(DIST, url)), { level: 9 }).length,
  0,
);
const report = {
  firstRoute: {
    files: rows,
    jsGzipKiB: kib(js),
    cssGzipKiB: kib(css),
    totalGzipKiB: kib(js + css),
  },
  precache: { entries: entries.length, KiB: kib(precacheBytes), gzipKiB: kib(precacheGzip) },
  withinBudget: kib(js) <= BUDGET_JS_KIB && kib(precacheBytes) <= BUDGET_PRECACHE_KIB,
};

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  for (const r of rows) console.log(`  ${r.file}  ${r.gzipKiB} KiB gzip`);
  console.log(
    `First route: JS ${report.firstRoute.jsGzipKiB} KiB + CSS ${report.firstRoute.cssGzipKiB} KiB gzip = ${report.firstRoute.totalGzipKiB} KiB (JS budget ${BUDGET_JS_KIB} KiB)`,
  );
  console.log(
    `Precache: ${entries.length} entries, ${report.precache.KiB} KiB stored, ${report.precache.gzipKiB} KiB gzip to download (budget ${BUDGET_PRECACHE_KIB} KiB stored)`,
  );
}
process.exit(report.withinBudget ? 0 : 1);
