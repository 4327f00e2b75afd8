import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { adminRequest, setCsrfToken } from './admin-request';

// Who is logged in (GET /api/admin/session → name and CSRF token); null when nobody is.

export interface AdminSession {
  name: string;
  csrfToken: string;
}

async function getSession(): Promise<AdminSession | null> {
  try {
    const session = await adminRequest<AdminSession>('GET', 'session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = queryOptions({ queryKey: ['admin', 'session'], queryFn: getSession, staleTime: 5 * 60_000, retry: false });
export const useAdminSession = () => useQuery(sessionQuery);

/** Logs in, then reads the new session. */
export function useLogin(): (name: string, password: string) => Promise<void> {
  const client = useQueryClient();
  return async (name, password) => {
    await adminRequest<void>('POST', 'login', { name, password });
    await client.invalidateQueries({ queryKey: ['admin'] });
  };
}

export function useLogout(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await adminRequest<void>('POST', 'logout').catch(() => {});
    setCsrfToken('');
    client.setQueryData(sessionQuery.queryKey, null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] === 'admin' && q.queryKey[1] !== 'session' });
  };
}
