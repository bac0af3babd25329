/**
 * Every program a test or the bench spawns must be listed in
 * scripts/systemPrograms.mjs with the Debian package that brings it (CI
 * installs from that list), and every listed program must still be used.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEM_PROGRAMS, describeMissing } from './systemPrograms.mjs';

const ROOTS = ['src', 'server', 'tests', 'bench', 'scripts', 'playwright.config.ts'];
/** Node's own programs: a machine that runs these tests has them. */
const NODE_OWN = new Set(['node', 'npm', 'npx']);

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return /\.(m?[jt]sx?)$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) =>
    name === 'node_modules' ? [] : sourceFiles(join(path, name)),
  );
}

/** Literal program names passed to child_process calls, and `executablePath` defaults. */
export function spawnedPrograms(source: string): string[] {
  const found: string[] = [];
  const call =
    /(?<![.\w])(?:spawn|spawnSync|execFile|execFileSync|exec|execSync)\(\s*(['"`])([^'"`\s]+)/g;
  for (const m of source.matchAll(call)) found.push(m[2]!);
  const path = /\?\?\s*['"`]\/usr\/bin\/([\w.-]+)['"`]/g;
  for (const m of source.matchAll(path)) found.push(m[1]!);
  return found.map((p) => p.split('/').pop()!);
}

describe('system programs', () => {
  const files = ROOTS.flatMap(sourceFiles).filter((f) => !f.endsWith('systemPrograms.test.ts'));
  const used = new Map<string, string[]>();
  for (const file of files) {
    for (const program of spawnedPrograms(readFileSync(file, 'utf8'))) {
      if (NODE_OWN.has(program)) continue;
      used.set(program, [...(used.get(program) ?? []), file]);
    }
  }
  const listed = new Set(SYSTEM_PROGRAMS.map((e) => e.program));

  it('finds the spawn calls it is meant to find', () => {
    expect(spawnedPrograms(`execFileSync('pdftotext', ['-layout'])`)).toEqual(['pdftotext']);
    expect(spawnedPrograms(`spawn(process.env.X ?? '/usr/bin/chromium', args)`)).toEqual([
      'chromium',
    ]);
    expect(spawnedPrograms(`execSync('npx vite build')`)).toEqual(['npx']);
  });

  it('lists every program a test or the bench spawns, with its package', () => {
    const unlisted = [...used.keys()].filter((p) => !listed.has(p));
    expect(unlisted, `add these to scripts/systemPrograms.mjs: ${unlisted.join(', ')}`).toEqual([]);
    for (const e of SYSTEM_PROGRAMS) expect(e.pkg).toMatch(/^[a-z0-9][a-z0-9.+-]+$/);
  });

  it('lists no program that nothing spawns any more', () => {
    expect([...listed].filter((p) => !used.has(p))).toEqual([]);
  });

  it('.ci/run installs every listed package by name', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    const line = /apt-get install -y ([^\n]+)/.exec(ci)?.[1]?.split(/\s+/) ?? [];
    expect([...line].sort()).toEqual([...new Set(SYSTEM_PROGRAMS.map((e) => e.pkg))].sort());
  });

  it('names the package to install for a missing program', () => {
    const [line] = describeMissing([SYSTEM_PROGRAMS.find((e) => e.program === 'pdftotext')!]);
    expect(line).toContain('apt-get install -y poppler-utils');
  });
});
