/**
 * Vite plugin: after the client build, render "/" with react-dom/server
 * (through Vite's SSR module loader) and put the HTML into dist/index.html, so
 * the agenda paints before any JavaScript runs; the client then hydrates it.
 * Runs in closeBundle *before* vite-plugin-pwa generates the service worker,
 * so the precache revision of index.html covers the prerendered markup. Also
 * writes shell.html (empty root) for every other route: the endpoint's SPA
 * fallback and the service worker's navigation fallback serve it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { transformSync } from 'esbuild';

const MARKER = '<!--app-html-->';

export function prerender(options: { entry: string; url?: string }): Plugin {
  let config: ResolvedConfig;
  // Rolldown may call closeBundle after a failed build without the error.
  let failed = false;
  return {
    name: 'convening:prerender',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    buildEnd(error) {
      failed = !!error;
    },
    renderError() {
      failed = true;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler(error?: Error) {
        if (error || failed || config.build.ssr) return;
        const server = await createServer({
          configFile: false,
          root: config.root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          resolve: {
            alias: [
              {
                find: 'virtual:pwa-register',
                replacement: resolve(config.root, 'scripts/pwaRegisterStub.ts'),
              },
            ],
          },
        });
        try {
          await server.ssrLoadModule('fake-indexeddb/auto');
          const mod = (await server.ssrLoadModule(options.entry)) as {
            render: (url: string) => string;
          };
          const html = mod.render(options.url ?? '/');
          const file = join(resolve(config.root, config.build.outDir), 'index.html');
          const page = readFileSync(file, 'utf8');
          if (!page.includes(MARKER)) throw new Error(`index.html has no ${MARKER} marker`);
          writeFileSync(file, page.replace(MARKER, html));
          // Every other route gets the same page with an empty root: showing the
          // prerendered agenda at /library until the bundle loads would be wrong.
          writeFileSync(join(dirname(file), 'shell.html'), page.replace(MARKER, ''));
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Vite plugin: replace the entry `<script type="module">` and its
 * `<link rel="modulepreload">` tags with one deferred classic script,
 * boot.js (src/app/boot.js, minified: its comments are for people, not
 * for every first visit), that adds them after the first paint. With the
 * agenda prerendered, nothing the first paint needs waits for the bundle.
 */
export function deferBundle(): Plugin {
  let root = process.cwd();
  return {
    name: 'convening:defer-bundle',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      const source = readFileSync(join(root, 'src/app/boot.js'), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'boot.js',
        source: transformSync(source, { loader: 'js', minify: true }).code,
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
        if (!entry) return html;
        const preloads: string[] = [];
        let out = html.replace(entry[0], '');
        out = out.replace(
          /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g,
          (_m, href: string) => {
            preloads.push(href);
            return '';
          },
        );
        const boot = `<script defer src="/boot.js" data-entry="${entry[1]}" data-preload="${preloads.join(' ')}"></script>`;
        return out.replace('</head>', `    ${boot}\n  </head>`);
      },
    },
  };
}
