import { useQuery } from '@tanstack/react-query';
import { liveRequest } from './live-request';

/** GET /api/live/:code: how many participants follow, across every app process. */
export async function getParticipants(code: string): Promise<number> {
  return (await liveRequest<{ participants: number }>('GET', `/${code}`))!.participants;
}

/** The participant count of the session presented (none: nothing asked), polled every `everyMs`. */
export function useParticipants(code: string | null, everyMs: number) {
  return useQuery({ queryKey: ['live', code, 'participants'], queryFn: () => getParticipants(code!), enabled: code !== null, refetchInterval: everyMs, staleTime: 0, retry: false });
}
