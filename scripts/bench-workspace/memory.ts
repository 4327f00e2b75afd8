// This process's resident memory, sampled every 20 ms while a step runs: before and peak (the engine's is its own).
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; before: number; peak: number; ms: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, before, peak, ms: performance.now() - start };
  } finally {
    clearInterval(timer);
  }
}

export const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} Mo`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
