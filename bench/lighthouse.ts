/**
 * Lighthouse (the npm package) against URLs in Debian's Chromium, mobile
 * defaults (emulated phone, simulated throttling). Returns the median of n
 * runs per URL. Several URLs are measured in turns (a, b, a, b, ...) so that
 * whatever else the machine is doing weighs on each side alike: the budgets
 * compare the app with the bare page of the same run.
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

/** One main-thread task Lighthouse counted as long (over 50 ms), as observed. */
export interface LongTask {
  url: string;
  startMs: number;
  durationMs: number;
}

export interface LighthouseResult extends LighthouseFigures {
  /** Every run's figures, in order (the median is taken per figure). */
  runs: LighthouseFigures[];
  /** The long tasks of the run whose TBT is the median: what to split or defer. */
  longTasks: LongTask[];
}

const FLAGS = ['--headless=new', ...chromiumArgs];
const KEYS = [
  'performance',
  'accessibility',
  'bestPractices',
  'lcpMs',
  'tbtMs',
  'cls',
  'fcpMs',
] as const;

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

async function once(url: string): Promise<LighthouseFigures & { longTasks: LongTask[] }> {
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
    const items = (lhr.audits['long-tasks']?.details as { items?: Record<string, unknown>[] })
      ?.items;
    return {
      performance: lhr.categories.performance?.score ?? 0,
      accessibility: lhr.categories.accessibility?.score ?? 0,
      bestPractices: lhr.categories['best-practices']?.score ?? 0,
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      fcpMs: num('first-contentful-paint'),
      longTasks: (items ?? []).map((t) => ({
        url: String(t.url ?? ''),
        startMs: Math.round(Number(t.startTime ?? 0)),
        durationMs: Math.round(Number(t.duration ?? 0)),
      })),
    };
  } finally {
    chrome.kill();
  }
}

function complete(r: LighthouseFigures): boolean {
  return KEYS.every((k) => Number.isFinite(r[k]));
}

function summarize(all: (LighthouseFigures & { longTasks: LongTask[] })[]): LighthouseResult {
  const pick = (k: (typeof KEYS)[number]) => median(all.map((r) => r[k]));
  const figures = Object.fromEntries(KEYS.map((k) => [k, pick(k)])) as unknown as LighthouseFigures;
  const byTbt = [...all].sort((a, b) => a.tbtMs - b.tbtMs);
  const mid = byTbt[Math.floor((byTbt.length - 1) / 2)]!;
  return {
    ...figures,
    runs: all.map(
      (r) => Object.fromEntries(KEYS.map((k) => [k, r[k]])) as unknown as LighthouseFigures,
    ),
    longTasks: mid.longTasks,
  };
}

/**
 * Median of each figure over `runs` complete Lighthouse runs of every URL,
 * the URLs taken in turns. A run Lighthouse could not finish (a metric
 * missing) is run again, a few times at most.
 */
export async function lighthouseInTurns(urls: string[], runs = 3): Promise<LighthouseResult[]> {
  const all: (LighthouseFigures & { longTasks: LongTask[] })[][] = urls.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const [i, url] of urls.entries()) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const r = await once(url);
        if (complete(r)) {
          all[i]!.push(r);
          break;
        }
        console.warn(`Lighthouse run of ${url} was incomplete; running it again`);
      }
    }
  }
  return all.map((rs, i) => {
    if (rs.length === 0) throw new Error(`Lighthouse produced no complete run for ${urls[i]}`);
    return summarize(rs);
  });
}

/** Median of each figure over `runs` Lighthouse runs of one URL. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseResult> {
  return (await lighthouseInTurns([url], runs))[0]!;
}
