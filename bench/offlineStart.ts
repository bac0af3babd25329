/**
 * Offline warm start: one online visit (the service worker installs, precaches
 * everything and takes control), then the network is cut and the endpoint
 * stopped; fresh pages open "/" from the service worker and we time
 * navigation start → the first agenda session's title on screen (a
 * Performance mark set by a MutationObserver). Median of `runs`.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { SHIPPED_AGENDA } from '../src/content/agenda';
import { startServer } from '../tests/e2e/server';
import { median } from './lighthouse';

export async function offlineWarmStart(runs = 10): Promise<{ medianMs: number; runsMs: number[] }> {
  const marker = SHIPPED_AGENDA.sessions[0]?.title;
  if (!marker) throw new Error('the shipped agenda has no sessions');
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript((text: string) => {
      const obs = new MutationObserver(() => {
        if (document.body?.innerText.includes(text)) {
          performance.mark('agenda-visible');
          obs.disconnect();
        }
      });
      obs.observe(document, { childList: true, subtree: true, characterData: true });
    }, marker);
    const first = await context.newPage();
    await first.goto(`${server.url}/`);
    await first.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
      timeout: 30_000,
    });
    await first.close();
    await context.setOffline(true);
    await server.stop();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => performance.getEntriesByName('agenda-visible').length > 0);
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller != null);
      if (!controlled) throw new Error('the page was not served by the service worker');
      times.push(
        await page.evaluate(() => performance.getEntriesByName('agenda-visible')[0]!.startTime),
      );
      await page.close();
    }
    return { medianMs: median(times), runsMs: times };
  } finally {
    await browser.close();
    await server.stop().catch(() => undefined);
  }
}
