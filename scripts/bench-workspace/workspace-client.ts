import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

// The workspace driven as the browser drives it: login, multipart upload, status polled, publish.

export interface WorkspaceTimes {
  upload: number;
  preview: number;
  publish: number;
}

async function poll(base: string, path: string, headers: Record<string, string>, until: (status: string) => boolean): Promise<Record<string, unknown>> {
  for (;;) {
    const body = (await (await fetch(`${base}${path}`, { headers })).json()) as Record<string, unknown>;
    if (body.status === 'failed') throw new Error(String(body.error));
    if (until(String(body.status))) return body;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Logs in and returns the headers every later call sends. */
export async function loginHeaders(base: string, name: string, password: string): Promise<Record<string, string>> {
  const login = await fetch(`${base}/api/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const session = (await (await fetch(`${base}/api/admin/session`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': session.csrfToken };
}

/** Upload → preview ready → publish → published, each step timed (ms). */
export async function publishThroughWorkspace(base: string, headers: Record<string, string>, paths: string[]): Promise<WorkspaceTimes> {
  const form = new FormData();
  for (const path of paths) form.append('files', new Blob([await readFile(path)]), basename(path));
  const t0 = performance.now();
  const created = (await (await fetch(`${base}/api/admin/imports`, { method: 'POST', headers, body: form })).json()) as { id: string };
  const t1 = performance.now();
  const job = await poll(base, `/api/admin/imports/${created.id}`, headers, (s) => s === 'ready');
  const t2 = performance.now();
  const removal = job.removal as { needsConfirmation: boolean; removed: number };
  await fetch(`${base}/api/admin/imports/${created.id}/publish`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(removal.needsConfirmation ? { confirmRemoved: removal.removed } : {}) });
  await poll(base, `/api/admin/imports/${created.id}`, headers, (s) => s === 'published');
  return { upload: t1 - t0, preview: t2 - t1, publish: performance.now() - t2 };
}
