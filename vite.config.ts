/// <reference types="vitest/config" />
// Build, dev server, service worker and unit-test configuration.
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { deferBundle, prerender } from './scripts/vitePrerender.ts';
import react from '@vitejs/plugin-react';
import { DEFAULT_EVENT, formatEventDates } from './src/domain/event.ts';

export default defineConfig({
  plugins: [
    // Fast Refresh in `npm run dev` (component state kept across an edit).
    react(),
    prerender({ entry: '/src/app/entry-server.tsx' }),
    deferBundle(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // The glob below already lists the icons; adding them again duplicates entries.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        // From the shipped event (the manifest is built once; a published event changes the screens).
        name: DEFAULT_EVENT.title,
        short_name: 'Convening',
        description: `Agenda, best-practice library and State team action plans for the ${DEFAULT_EVENT.title}, ${DEFAULT_EVENT.city}, ${formatEventDates(DEFAULT_EVENT)}. Works offline.`,
        lang: 'en-US',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d3b5a',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Everything in dist/ (shell, every lazy route's chunk, icons, fonts);
        // the plugin adds manifest.webmanifest itself.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // The organizer screens are for a few laptops with a network (signing
        // in and publishing need it): not precached on every attendee's phone,
        // but kept once an organizer has opened them (hashed names: immutable).
        globIgnores: ['**/OrganizerRoutes-*'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) =>
              /^\/assets\/OrganizerRoutes-[\w-]+\.(js|css)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'organizer-screens', expiration: { maxEntries: 8 } },
          },
        ],
        // index.html holds the prerendered agenda, right for "/" only; other
        // routes get the empty shell.
        navigateFallback: '/shell.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // @date-fns/tz declares no "sideEffects", so its unused TZDate classes
      // would ride along with tzOffset into the first route; it has none.
      treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/@date-fns/tz/') },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787', '/healthz': 'http://127.0.0.1:8787' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The project's own tooling (scripts/): the system-programs check.
          name: 'tools',
          environment: 'node',
          include: ['scripts/**/*.test.ts'],
        },
      },
    ],
  },
});
