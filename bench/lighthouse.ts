/**
 * Lighthouse (the npm package) against a URL in Debian's Chromium, mobile
 * defaults (emulated phone, simulated throttling). Returns the median of n runs.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs } from '../playwright.config';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
}

const FLAGS = ['--headless=new', ...chromiumArgs];

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const idx = Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1);
  return s[Math.max(0, idx)]!;
}

async function once(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
    return {
      performance: lhr.categories.performance?.score ?? 0,
      accessibility: lhr.categories.accessibility?.score ?? 0,
      bestPractices: lhr.categories['best-practices']?.score ?? 0,
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      fcpMs: num('first-contentful-paint'),
    };
  } finally {
    chrome.kill();
  }
}

/** Median of each figure over `runs` Lighthouse runs. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseFigures> {
  const all: LighthouseFigures[] = [];
  // A run Lighthouse could not finish (a metric missing) is run again, a few times at most.
  for (let attempt = 0; all.length < runs && attempt < runs * 2; attempt++) {
    const r = await once(url);
    if (Object.values(r).every((v) => Number.isFinite(v))) all.push(r);
    else console.warn(`Lighthouse run ${attempt + 1} was incomplete; running it again`);
  }
  if (all.length === 0) throw new Error(`Lighthouse produced no complete run for ${url}`);
  const pick = (k: keyof LighthouseFigures) => median(all.map((r) => r[k]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    fcpMs: pick('fcpMs'),
  };
}
