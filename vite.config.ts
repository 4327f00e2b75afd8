import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;

// The web app lives in web/ and builds to web/dist, which the API server serves on one port (npm start).
export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    // npm run dev: hot reload for the UI, API calls forwarded to the Express app.
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
