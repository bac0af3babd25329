/**
 * What Linux's /proc says about another process: its CPU time (whole and by
 * thread), memory and disk writes. The benches read the endpoint (or a
 * floor's server) from outside, so their figures include everything that
 * process did, not only what a profiler attributes.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Fields after the command name of a /proc/<pid>/stat line (the name may hold spaces). */
function statFields(path: string): string[] {
  const stat = readFileSync(path, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** The process's user and system CPU time, in ms (clock ticks of 10 ms). */
export function cpuMs(pid: number): { user: number; system: number } {
  const f = statFields(`/proc/${pid}/stat`);
  return { user: Number(f[11]) * 10, system: Number(f[12]) * 10 };
}

/** Each thread's user+system CPU time (ms), by thread id; the main thread's id is the pid. */
export function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const f = statFields(`/proc/${pid}/task/${tid}/stat`);
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      /* the thread ended in between */
    }
  }
  return out;
}

export function statusKiB(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/** Bytes the process has caused to be written to storage (page-cache pages dirtied, 4 KiB each). */
export function writeBytes(pid: number): number {
  const m = /write_bytes: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}
