import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson, pollWhileDown } from '../../../lib/api-client';
import type { Example } from '#domain/example.js';

// One example by id (GET /api/examples/:id).
export const getExample = (id: string, signal?: AbortSignal): Promise<Example> => getJson<Example>(`examples/${encodeURIComponent(id)}`, undefined, signal);

export const exampleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['example', id],
    queryFn: ({ signal }) => getExample(id, signal),
    refetchInterval: pollWhileDown,
  });

export const useExample = (id: string) => useQuery(exampleQueryOptions(id));
