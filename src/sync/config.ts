/**
 * Where the endpoint lives. `VITE_API_BASE` (set at build time, e.g.
 * `VITE_API_BASE=https://convening.example.org npm run build`) points a PWA
 * served from a static host at the endpoint; left unset ('') the app talks to
 * the origin it was served from, which is what `npm start` does.
 */
export function apiBase(): string {
  const raw: unknown = import.meta.env.VITE_API_BASE;
  return typeof raw === 'string' ? raw.trim().replace(/\/+$/, '') : '';
}
