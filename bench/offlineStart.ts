/**
 * Offline warm start: after one online visit (service worker controlling,
 * precache complete), the network is cut and the endpoint stopped; each run
 * opens a new page and times navigation start → first agenda session visible
 * (a Performance mark taken by a MutationObserver in the page). Median of n.
 */
import { chromium } from '@playwright/test';
import { startServer } from '../tests/e2e/server';
import { median } from './lighthouse';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `marker` is text that appears once the agenda list has rendered. */
export async function offlineWarmStart(
  runs = 10,
  marker: string,
  staticDir?: string,
): Promise<{ medianMs: number; runsMs: number[] }> {
  const server = await startServer(staticDir ? { env: { STATIC_DIR: staticDir } } : {});
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript((text: string) => {
      const check = () => {
        if (document.body && document.body.innerText.includes(text)) {
          performance.mark('agenda-visible');
          obs.disconnect();
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(document, { childList: true, subtree: true, characterData: true });
    }, marker);
    const first = await context.newPage();
    await first.goto(server.url + '/');
    await first.waitForFunction(async () => {
      const reg = await navigator.serviceWorker?.getRegistration();
      return !!reg?.active && !!navigator.serviceWorker.controller;
    }, undefined, { timeout: 30_000 }).catch(async () => {
      await first.reload();
      await first.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
    });
    await first.close();
    await server.stop();
    await context.setOffline(true);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(server.url + '/');
      await page.waitForFunction(() => performance.getEntriesByName('agenda-visible').length > 0, undefined, { timeout: 15_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('agenda-visible')[0]!.startTime));
      await page.close();
    }
    return { medianMs: median(times), runsMs: times };
  } finally {
    await browser.close();
    await server.stop().catch(() => undefined);
  }
}
