// Benchmarks print a process's memory before and at its peak while work runs: one sampler for them all.

export interface MemoryPeak {
  before: NodeJS.MemoryUsage;
  /** Stops sampling; the peaks seen since the start. */
  stop(): { peakRss: number; peakHeap: number };
}

/** Samples this process's RSS and heap every 20 ms until `stop()`. */
export function sampleMemoryPeak(): MemoryPeak {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  return { before, stop: () => (clearInterval(sampler), { peakRss, peakHeap }) };
}
