// Stand-in for vite-plugin-pwa's virtual register module during prerender
// (no service worker exists at build time).
export function registerSW() {
  return async () => undefined;
}
