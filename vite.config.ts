/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

// No inline scripts in the built app. Only for builds: the dev server's React
// refresh preamble is an inline script. Styles allow inline attributes, which
// Recharts uses for positions.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'tradeshare-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    // Offline after the first visit (README «Offline»): the shell, every chunk (the nomenclature
    // `hs-*`, the map) and the built-in data are precached. Registered from src/app/update-notice.tsx
    // (no inline script under the CSP); a new version waits for the user's «Обновить».
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'TradeShare',
        short_name: 'TradeShare',
        description: 'Foreign-trade statistics dashboard that runs entirely in the browser',
        lang: 'ru',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4ed8',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,csv}'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  // No frame header here: embeds (`?embed=`) are framed by other sites and get the same index.html
  // as every page, so the JS guard (src/app/frame-guard.tsx) keeps other pages out of frames.
  // README «Deployment: headers» has what a server that routes embeds separately should send.
  preview: { port: 4173, strictPort: true, headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
