import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The browser talks to one origin: the dev server (`vite`) and the preview server
 * (`vite preview`) forward /graphql to the hub's gateway, so no CORS is needed.
 * HUB_GATEWAY_URL is the gateway's origin (a URL ending in /graphql works too).
 */
const gateway = new URL(process.env.HUB_GATEWAY_URL || 'http://127.0.0.1:4000').origin;
const proxy: Record<string, ProxyOptions> = { '/graphql': { target: gateway } };

export default defineConfig({
  plugins: [react()],
  resolve: {
    // @hub/sdk from its TypeScript sources (ES modules, no build needed); see tsconfig.json.
    alias: { '@hub/sdk': fileURLToPath(new URL('../../packages/sdk/src/index.ts', import.meta.url)) },
  },
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
  build: { outDir: 'dist' },
});
