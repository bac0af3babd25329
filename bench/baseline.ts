/**
 * Builds the bare baseline the app is compared with: a minimal Vite + React +
 * Dexie + zustand + date-fns page, written and built by this script into
 * bench/out/baseline (so it resolves the project's own node_modules).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const BASELINE_DIR = resolve('bench/out/baseline');

const files: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Baseline page" />
    <title>Baseline</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.tsx"></script>
  </body>
</html>
`,
  'main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { create } from 'zustand';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';

interface Item { id: string; title: string }
const db = new Dexie('baseline') as Dexie & { items: EntityTable<Item, 'id'> };
db.version(1).stores({ items: 'id' });
const useStore = create<{ n: number; inc: () => void }>()((set) => ({ n: 0, inc: () => set((s) => ({ n: s.n + 1 })) }));

function App() {
  const items = useLiveQuery(() => db.items.toArray(), []);
  const { n, inc } = useStore();
  return (
    <main>
      <h1>Agenda</h1>
      <p>{format(new Date(), 'EEEE h:mm a', { in: tz('America/New_York') })}</p>
      <button onClick={inc}>Clicked {n}</button>
      <ul>{(items ?? []).map((i) => <li key={i.id}>{i.title}</li>)}</ul>
    </main>
  );
}
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
`,
};

/** Writes and builds the baseline; returns its dist directory. */
export async function buildBaseline(): Promise<string> {
  mkdirSync(BASELINE_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(BASELINE_DIR, name), text);
  const outDir = join(BASELINE_DIR, 'dist');
  await build({
    root: BASELINE_DIR,
    configFile: false,
    logLevel: 'warn',
    // Plain React (issue 6 defines the baseline so), not the app's Preact aliases.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}
