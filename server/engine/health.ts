/** Resolves when GET {url}/health answers "available"; rejects after `timeoutMs`. */
export async function waitForHealth(url: string, timeoutMs = 30_000, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('le moteur s’est arrêté pendant son démarrage');
    try {
      if (await isHealthy(url, 1_000)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`le moteur ne répond pas sur /health après ${timeoutMs / 1000} s`, { cause: lastError });
}

/** One health probe with its own timeout. */
export async function isHealthy(url: string, timeoutMs: number): Promise<boolean> {
  const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) return false;
  const body = (await res.json()) as { status?: string };
  return body.status === 'available';
}
