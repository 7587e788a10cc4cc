import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const API_ORIGIN = 'http://127.0.0.1:3000';

const toServer = { target: API_ORIGIN, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': toServer,
      '/consumer': toServer,
      '/healthz': toServer,
      '/.well-known': toServer,
      '/oauth': {
        ...toServer,
        // /oauth/consent is a page of this SPA; every other /oauth path belongs to the server.
        bypass: (req) => (req.url?.startsWith('/oauth/consent') ? '/index.html' : undefined),
      },
    },
  },
});
