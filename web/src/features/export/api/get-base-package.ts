import { queryOptions, useQuery } from '@tanstack/react-query';

export interface BasePackageInfo {
  bytes: number | null;
  /** When its data went live. */
  date: Date | null;
}

// The whole-base package's size and date, from a HEAD request (nothing is downloaded).
export async function getBasePackage(signal?: AbortSignal): Promise<BasePackageInfo> {
  const res = await fetch('/api/export/base.zip', { method: 'HEAD', signal: signal ?? null });
  if (!res.ok) throw new Error(`HEAD /api/export/base.zip: ${res.status}`);
  const length = res.headers.get('content-length');
  const modified = res.headers.get('last-modified');
  return { bytes: length ? Number(length) : null, date: modified ? new Date(modified) : null };
}

export const basePackageQueryOptions = () => queryOptions({ queryKey: ['base-package'], queryFn: ({ signal }) => getBasePackage(signal), staleTime: 5 * 60_000, retry: false });

export const useBasePackage = () => useQuery(basePackageQueryOptions());
