import { constants as zlibConstants } from 'node:zlib';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const API_ORIGIN = 'http://127.0.0.1:3000';

const toServer = { target: API_ORIGIN, changeOrigin: false };

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip beside each asset, made once at build time; the server sends the variant
    // the browser accepts (RFC 9110 §12.5.3) and never compresses on the fly.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      threshold: 1024,
    }),
  ],
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
