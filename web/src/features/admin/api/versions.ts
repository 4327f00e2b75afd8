import { useQuery } from '@tanstack/react-query';
import { adminRequest } from './admin-request';
import type { ImportMapping, Profile, RestoreJob, Version } from '../lib/admin-types';

// The history of versions and rollbacks; saved mapping profiles.

export const useVersions = () => useQuery({ queryKey: ['admin', 'versions'], queryFn: () => adminRequest<Version[]>('GET', 'versions'), staleTime: 0 });

export const useRestore = (id: string | undefined) =>
  useQuery({
    queryKey: ['admin', 'restore', id],
    queryFn: () => adminRequest<RestoreJob>('GET', `restores/${encodeURIComponent(id!)}`),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data?.status === 'publishing' || !q.state.data ? 500 : false),
  });

export const restoreVersion = (dataVersion: string) => adminRequest<{ id: string }>('POST', `versions/${dataVersion}/restore`);

export const useProfiles = () => useQuery({ queryKey: ['admin', 'profiles'], queryFn: () => adminRequest<Profile[]>('GET', 'profiles') });
// The body is the mapping itself (what `--mapping FILE` reads); the server keeps the signatures its profiles name.
export const saveProfile = (name: string, mapping: ImportMapping) => adminRequest<Profile>('PUT', `profiles/${encodeURIComponent(name)}`, mapping);
export const deleteProfile = (name: string) => adminRequest<void>('DELETE', `profiles/${encodeURIComponent(name)}`);
