/**
 * Bounds the cost of guessing join codes: each address may miss (unknown or ended code) `perMinute` times a minute.
 * With 32⁴ codes and ten live sessions, finding one by chance takes ~100,000 tries: about a day per address.
 */
export interface JoinGuard {
  blocked(ip: string): boolean;
  missed(ip: string): void;
}

export function createJoinGuard(perMinute: number, now: () => number): JoinGuard {
  const windows = new Map<string, { start: number; misses: number }>();
  const current = (ip: string) => {
    const w = windows.get(ip);
    return w && now() - w.start < 60_000 ? w : undefined;
  };
  return {
    blocked: (ip) => (current(ip)?.misses ?? 0) >= perMinute,
    missed(ip) {
      const w = current(ip);
      if (w) return void w.misses++;
      // Forget addresses whose minute is over, so the map stays as small as the number of recent guessers.
      if (windows.size > 10_000) for (const [key, old] of windows) if (now() - old.start >= 60_000) windows.delete(key);
      windows.set(ip, { start: now(), misses: 1 });
    },
  };
}
