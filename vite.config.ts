/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const MOCK_API_PORT = Number(process.env.MOCK_API_PORT ?? 4010);

/**
 * Content-Security-Policy for the built app (README: "Hosting"). Scripts and styles only from the
 * app's origin, no plugins, no <base>, no framing; requests only to the app and API origins.
 * Image export draws on a canvas from blob: and data: URLs.
 */
export function contentSecurityPolicy(apiBaseUrl = process.env.VITE_API_BASE_URL ?? ''): string {
  const apiOrigin = apiBaseUrl ? new URL(apiBaseUrl).origin : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

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
    headers: SECURITY_HEADERS,
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
