/**
 * The app runs on React 19 itself, not an alias (issue 10): the first
 * route's built JavaScript is React DOM's production build, React DOM
 * registers with the DevTools hook as renderer 'react-dom' of the version
 * package.json pins, the prerendered "/" is hydrated in place (its nodes kept,
 * fibers attached, no hydration error), and a deep link renders with React.
 * preact/compat would fail each of these: other error URL and version, no
 * DevTools renderer, no `__reactFiber$` keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { firstRouteSizes } from '../../bench/sizes';
import { serverForFile } from './serverForFile';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};
const REACT_VERSION = pkg.dependencies['react-dom']!;

const server = serverForFile();

interface Seen {
  renderers: { name?: string; version?: string; bundleType?: number }[];
  commits: number;
  prerendered: boolean;
}

/**
 * Before any page script: a minimal React DevTools hook (React DOM calls
 * `inject` with its renderer, then `onCommitFiberRoot` after each commit), and
 * a note of the root's first element as the HTML parser made it.
 */
async function watchReact(page: Page) {
  await page.addInitScript(() => {
    const seen = { renderers: [] as unknown[], commits: 0, prerendered: false };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject(r: { rendererPackageName?: string; version?: string; bundleType?: number }) {
        seen.renderers.push({
          name: r.rendererPackageName,
          version: r.version,
          bundleType: r.bundleType,
        });
        return seen.renderers.length;
      },
      onCommitFiberRoot() {
        seen.commits += 1;
      },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
    };
    document.addEventListener('DOMContentLoaded', () => {
      const first = document.getElementById('root')?.firstElementChild ?? null;
      seen.prerendered = first !== null;
      (window as unknown as { __firstFromHtml: Element | null }).__firstFromHtml = first;
    });
  });
}

function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

test("the first route's bundle is React DOM's production build", () => {
  const { files } = firstRouteSizes('dist');
  const js = files
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join('dist', f), 'utf8'))
    .join('\n');
  // Markers only React DOM's own production build carries (booleans, so a
  // failure does not print the whole bundle).
  const version = new RegExp(`version=[\`'"]${REACT_VERSION.replace(/\./g, '\\.')}[\`'"]`);
  expect({
    errorUrl: js.includes('https://react.dev/errors/'),
    fiberKey: js.includes('__reactFiber$'),
    version: version.test(js),
    preact: /preact/i.test(js),
  }).toEqual({ errorUrl: true, fiberKey: true, version: true, preact: false });
});

test('"/" is hydrated in place by React DOM, with no hydration error', async ({ page }) => {
  await watchReact(page);
  const problems = consoleProblems(page);
  await page.goto(`${server.url}/`);
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
  expect(seen.prerendered).toBe(true);
  expect(seen.renderers).toEqual([{ name: 'react-dom', version: REACT_VERSION, bundleType: 0 }]);
  expect(seen.commits).toBeGreaterThan(0);
  const dom = await page.evaluate(() => {
    const root = document.getElementById('root')!;
    const first = root.firstElementChild!;
    return {
      // Hydration keeps the parsed nodes; a client render would replace them.
      kept: first === (window as unknown as { __firstFromHtml: Element }).__firstFromHtml,
      fiberKeys: Object.keys(first).filter((k) => k.startsWith('__reactFiber$')).length,
      rootKeys: Object.keys(root).filter((k) => k.startsWith('__reactContainer$')).length,
    };
  });
  expect(dom).toEqual({ kept: true, fiberKeys: 1, rootKeys: 1 });
  // Let any deferred work (Dexie open, first agenda refresh) run and report.
  await page.waitForTimeout(500);
  expect(problems).toEqual([]);
});

test('a deep link renders with React DOM', async ({ page }) => {
  await watchReact(page);
  const problems = consoleProblems(page);
  await page.goto(`${server.url}/library`);
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
  expect(seen.prerendered).toBe(false);
  expect(seen.renderers).toEqual([{ name: 'react-dom', version: REACT_VERSION, bundleType: 0 }]);
  const fiberKeys = await page.evaluate(
    () =>
      Object.keys(document.getElementById('root')!.firstElementChild!).filter((k) =>
        k.startsWith('__reactFiber$'),
      ).length,
  );
  expect(fiberKeys).toBe(1);
  expect(problems).toEqual([]);
});
