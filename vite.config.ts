/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const MOCK_API_PORT = Number(process.env.MOCK_API_PORT ?? 4010);

/** Production builds ship without the mock service worker; the demo build keeps it. */
function dropMockWorker(mode: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'roadmap-monitor:drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (mode !== 'demo') rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), dropMockWorker(mode)],
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    sourcemap: false,
    target: 'es2022',
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: {
    port: 4173,
    strictPort: true,
    host: '127.0.0.1',
    // A production build has no mock inside: it talks to the standalone mock API (npm run mock-api).
    proxy: mode === 'demo' ? undefined : { '/api': `http://127.0.0.1:${MOCK_API_PORT}` },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15_000,
    reporters: ['default'],
  },
}));
