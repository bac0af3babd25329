/**
 * Plan editor figures in real Chromium against the built app (`npx vite build`
 * first): keystroke-to-committed latency (keydown until the editor says
 * "Saved on this device", which it only says after the IndexedDB commit), and
 * the size on disk and load time of a plan with 200 action steps.
 *
 * Run: npx tsx bench/plan-bench.ts   (writes bench/out/plan-bench.json)
 */
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../playwright.config';
import {
  addPartner,
  addStep,
  createPlanDoc,
  exportPlan,
  readPlan,
  setStepText,
  titleText,
} from '../src/domain/plan';
import { startServer } from '../tests/e2e/server';

const KEYSTROKES = 80;
const STEPS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A 200-step plan, every text typed one character at a time (real edit history). */
function bigPlanExport(): string {
  const doc = createPlanDoc();
  titleText(doc).insert(0, 'Benchmark plan');
  const goals = readPlan(doc).goals;
  for (let i = 0; i < STEPS; i++) {
    const goal = goals[i % goals.length]!;
    const id = addStep(doc, goal.id);
    const text = `Step ${i + 1}: convene the partners, agree a shared screening protocol and train staff on it.`;
    for (let n = 1; n <= text.length; n++) setStepText(doc, id, 'text', text.slice(0, n));
    const lead = 'State child welfare agency';
    for (let n = 1; n <= lead.length; n++) setStepText(doc, id, 'lead', lead.slice(0, n));
    addPartner(doc, id, 'law-enforcement');
    addPartner(doc, id, 'education');
  }
  return JSON.stringify(exportPlan(doc));
}

export interface PlanFigures {
  keystrokeToCommittedMs: { samples: number; median: number; p95: number; max: number };
  plan200: {
    steps: number;
    storedRows: number;
    storedBytes: number;
    loadToLastStepMs: { median: number; all: number[] };
  };
}

export async function measurePlanFigures(): Promise<PlanFigures> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
  try {
    // 1. Keystroke to committed.
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/plan`);
    const notes = page.getByLabel('Notes for the team');
    await notes.click();
    await page.getByTestId('save-status').filter({ hasText: 'Saved on this device' }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { lat: number[]; t0: number | null };
      w.lat = [];
      w.t0 = null;
      document.addEventListener('keydown', () => (w.t0 ??= performance.now()), true);
      const status = document.querySelector('[data-testid="save-status"]')!;
      new MutationObserver(() => {
        if (status.textContent === 'Saved on this device' && w.t0 !== null) {
          w.lat.push(performance.now() - w.t0);
          w.t0 = null;
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press(i % 10 === 9 ? 'Space' : 'KeyA');
      await page.waitForFunction(
        (n) => (window as unknown as { lat: number[] }).lat.length > n,
        i,
        { timeout: 5000 },
      );
    }
    const lat = (await page.evaluate(() => (window as unknown as { lat: number[] }).lat)).sort(
      (a, b) => a - b,
    );
    await ctx.close();

    // 2. A 200-step plan: size on disk and load time.
    const file = join(dir, 'big-plan.json');
    writeFileSync(file, bigPlanExport());
    const ctx2 = await browser.newContext();
    const p2 = await ctx2.newPage();
    await p2.goto(`${server.url}/plan`);
    await p2.getByLabel(/Import a plan/).setInputFiles(file);
    await p2.getByText('Imported and merged').waitFor({ timeout: 60_000 });
    const bytes = await p2.evaluate(
      () =>
        new Promise<{ rows: number; bytes: number }>((resolve, reject) => {
          const req = indexedDB.open('convening');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('planUpdates').objectStore('planUpdates').getAll();
            all.onsuccess = () =>
              resolve({
                rows: all.result.length,
                bytes: all.result.reduce(
                  (n: number, r: { update: Uint8Array }) => n + r.update.byteLength,
                  0,
                ),
              });
          };
        }),
    );
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now();
      await p2.goto(`${server.url}/plan`);
      await p2.getByRole('heading', { name: `Step 9.${Math.floor(STEPS / 9)}` }).waitFor();
      loads.push(Date.now() - t0);
    }
    const stepsShown = await p2.getByLabel('Action step', { exact: true }).count();
    await ctx2.close();

    loads.sort((a, b) => a - b);
    const result: PlanFigures = {
      keystrokeToCommittedMs: {
        samples: lat.length,
        median: +percentile(lat, 50).toFixed(1),
        p95: +percentile(lat, 95).toFixed(1),
        max: +lat[lat.length - 1]!.toFixed(1),
      },
      plan200: {
        steps: stepsShown,
        storedRows: bytes.rows,
        storedBytes: bytes.bytes,
        loadToLastStepMs: { median: percentile(loads, 50), all: loads },
      },
    };
    return result;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void measurePlanFigures().then((result) => {
    mkdirSync('bench/out', { recursive: true });
    writeFileSync('bench/out/plan-bench.json', JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
  });
}
