/**
 * GET /api/agenda (anyone; ETag = version, 304 on If-None-Match) and
 * PUT /api/agenda (organizer; If-Match on the version edited, 412 when
 * stale, 422 naming each problem, new version announced on the hub).
 */
import type { Context } from 'hono';
import type { App, AppDeps, AppEnv } from '../context';
import { requireOrganizer } from '../auth/organizer';
import { jsonError, readJsonBody } from '../http/errors';
import { noneMatchHits, parseIfMatch, versionEtag } from '../agenda/etag';
import { MAX_AGENDA_BYTES, validateAgendaInput } from '../agenda/validate';
import { compressBoth, pickEncoding } from '../static/encoding';

/** Compressed bodies of the current version, made once per version (many devices ask). */
interface BodyCache {
  version: number;
  identity: Buffer;
  compressed: Promise<{ br: Buffer; gzip: Buffer }>;
}

export function register(app: App, deps: AppDeps): void {
  let cache: BodyCache | undefined;
  const bodyFor = (version: number, json: string): BodyCache => {
    if (cache?.version !== version) {
      const identity = Buffer.from(json, 'utf8');
      cache = { version, identity, compressed: compressBoth(identity, 'fast') };
    }
    return cache;
  };

  app.get('/api/agenda', async (c) => {
    const cur = deps.storage.agenda.current();
    if (!cur) return jsonError(c, 503, 'no_agenda', 'The agenda has not been stored yet.');
    const etag = versionEtag(cur.version);
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    if (noneMatchHits(c.req.header('if-none-match'), cur.version)) return c.body(null, 304);

    const body = bodyFor(cur.version, cur.json);
    const enc = pickEncoding(c.req.header('accept-encoding'));
    c.header('Content-Type', 'application/json; charset=utf-8');
    if (enc === 'identity') return c.body(new Uint8Array(body.identity));
    const compressed = await body.compressed;
    c.header('Content-Encoding', enc);
    return c.body(new Uint8Array(compressed[enc]));
  });

  app.put('/api/agenda', requireOrganizer, (c) => publish(c, deps));
}

async function publish(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  const ifMatch = parseIfMatch(c.req.header('if-match'));
  if (ifMatch.kind === 'missing' || ifMatch.kind === 'any') {
    return jsonError(
      c,
      428,
      'precondition_required',
      'Send If-Match with the ETag of the agenda version you edited, for example If-Match: "3".',
    );
  }
  if (ifMatch.kind === 'invalid') {
    return jsonError(c, 400, 'bad_if_match', 'If-Match must be an agenda ETag such as "3".');
  }
  const currentVersion = deps.storage.agenda.currentVersion();
  // Preconditions are checked before the body is even read (RFC 9110 §13.2.2).
  if (currentVersion === undefined || !ifMatch.versions.includes(currentVersion)) {
    return stale(c, deps);
  }

  const body = await readJsonBody(c, MAX_AGENDA_BYTES);
  if (!body.ok) return body.response;
  const checked = validateAgendaInput(body.value);
  if (!checked.ok) {
    return c.json(
      {
        error: 'invalid_agenda',
        message: `The agenda was not published: ${checked.issues.length} problem(s).`,
        issues: checked.issues,
      },
      422,
    );
  }

  // The transaction re-checks the version, so a publish that slipped in
  // between the check above and here still gets a 412, never an overwrite.
  const result = deps.storage.agenda.publish(
    currentVersion,
    checked.agenda,
    'organizer',
    deps.now(),
  );
  if (!result.ok) return stale(c, deps);

  deps.log(`Agenda version ${result.agenda.version} published.`);
  deps.hub.publish({ type: 'agenda', version: result.agenda.version });
  c.header('ETag', versionEtag(result.agenda.version));
  return c.json(result.agenda, 200);
}

function stale(c: Context<AppEnv>, deps: AppDeps): Response {
  const cur = deps.storage.agenda.current();
  if (cur) c.header('ETag', versionEtag(cur.version));
  return c.json(
    {
      error: 'stale',
      message: 'The agenda changed since you loaded it; here is the current version.',
      current: cur ? (JSON.parse(cur.json) as unknown) : null,
    },
    412,
  );
}
