import { ApiError } from '../../../lib/api-client';

// Every call of the workspace: JSON, the session cookie sent by the browser, the CSRF token on every change.

let csrfToken = '';
/** Set from GET /api/admin/session; sent as X-CSRF-Token on every method but GET. */
export const setCsrfToken = (token: string): void => {
  csrfToken = token;
};
export const currentCsrfToken = (): string => csrfToken;

async function errorOf(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  return new ApiError(res.status, body?.error?.code ?? 'http_error', body?.error?.message ?? res.statusText);
}

/** Calls /api/admin/<path>; throws ApiError with the API's French message. */
export async function adminRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/admin/${path}`, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', 'Le service ne répond pas : vérifiez la connexion et réessayez.', { cause });
  }
  if (!res.ok) throw await errorOf(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** Uploads files with XHR, the only browser API that reports upload progress (0–1). */
export function uploadFiles(files: File[], extra: Record<string, string>, onProgress: (share: number) => void): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    for (const [key, value] of Object.entries(extra)) form.append(key, value);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/admin/imports');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      type Answer = { id?: string; error?: { code?: string; message?: string } };
      let body: Answer | null;
      try {
        body = JSON.parse(xhr.responseText) as Answer;
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body?.id) resolve({ id: body.id });
      else reject(new ApiError(xhr.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `Dépôt refusé (${xhr.status}).`));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Le dépôt a été interrompu : vérifiez la connexion et réessayez.'));
    xhr.send(form);
  });
}
