import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminRequest } from './admin-request';
import type { DiffKind, DiffPage, ImportJob, ImportMapping } from '../lib/admin-types';

// An import job, polled while it reads or publishes; its diff a page at a time; what a curator does with it.

const RUNNING = new Set(['reading', 'publishing']);

export const useImportJob = (id: string) =>
  useQuery({
    queryKey: ['admin', 'import', id],
    queryFn: () => adminRequest<ImportJob>('GET', `imports/${encodeURIComponent(id)}`),
    refetchInterval: (q) => (q.state.data && RUNNING.has(q.state.data.status) ? 500 : false),
    staleTime: 0,
  });

export const useRecentImports = () => useQuery({ queryKey: ['admin', 'imports'], queryFn: () => adminRequest<ImportJob[]>('GET', 'imports'), staleTime: 0 });

export interface DiffQuery {
  kind?: DiffKind;
  q: string;
  page: number;
}

export const diffParams = (query: DiffQuery): URLSearchParams => {
  const params = new URLSearchParams({ page: String(query.page) });
  if (query.kind) params.set('kind', query.kind);
  if (query.q) params.set('q', query.q);
  return params;
};

export const useDiffPage = (id: string, query: DiffQuery, enabled: boolean) =>
  useQuery({
    queryKey: ['admin', 'diff', id, query],
    queryFn: () => adminRequest<DiffPage>('GET', `imports/${encodeURIComponent(id)}/diff?${diffParams(query).toString()}`),
    enabled,
    placeholderData: keepPreviousData,
  });

export const diffCsvUrl = (id: string, kind?: DiffKind): string => `/api/admin/imports/${encodeURIComponent(id)}/diff.csv${kind ? `?kind=${kind}` : ''}`;

export const remapImport = (id: string, body: { mapping?: ImportMapping | null; profile?: string }) => adminRequest<{ id: string }>('PUT', `imports/${encodeURIComponent(id)}/mapping`, body);
export const publishImport = (id: string, confirmRemoved?: number) => adminRequest<{ id: string }>('POST', `imports/${encodeURIComponent(id)}/publish`, confirmRemoved === undefined ? {} : { confirmRemoved });
export const discardImport = (id: string) => adminRequest<void>('DELETE', `imports/${encodeURIComponent(id)}`);
