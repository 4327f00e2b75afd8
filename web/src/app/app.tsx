import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Router } from './router';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Router />
    </QueryClientProvider>
  );
}
