// Types of bench/loopLateness.mjs (plain JavaScript so the endpoint can preload it).
export interface Stall {
  start: number;
  end: number;
}
export declare function watchLoop(longMs?: number): {
  lateness: number[];
  stalls: Stall[];
  reset(): void;
  stop(): void;
};
export declare function stallFigures(lateness: number[]): { maxMs: number; p99Ms: number };
