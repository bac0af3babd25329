/**
 * The organizer's API client: the credential (kept in sessionStorage, so it
 * lasts one browser session and never reaches IndexedDB), publishing the
 * agenda with If-Match, teams and join codes, TA needs, evaluations and the
 * CSV downloads.
 * Every call answers a tagged result instead of throwing, so screens can say
 * exactly what went wrong.
 */
import { AgendaSchema, type Agenda } from '../domain/agenda';
import { apiBase } from './config';
import { saveBlob } from '../platform/download';
import { agendaEtag } from '../wire/agendaEtag';
import {
  type PublishIssue,
  createTeamsResponseSchema,
  invalidAgendaBodySchema,
  joinCodeResponseSchema,
  removedDevicesResponseSchema,
  staleAgendaBodySchema,
  taNeedsResponseSchema,
  teamListResponseSchema,
  type CreatedTeam,
  type TaNeedRow,
  type TeamSummary,
} from '../wire/protocol';
import { evaluationsResponseSchema, type EvaluationsResponse } from '../wire/evaluations';
import {
  submissionDetailSchema,
  submissionsListSchema,
  type SubmissionDetail,
  type TeamSubmissions,
} from '../wire/submissions';

export type { CreatedTeam, TaNeedRow, TeamSummary };

/** The part of a zod schema this client uses: checking an answer. */
interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

const TOKEN_KEY = 'convening.organizerToken';

export function getOrganizerToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setOrganizerToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage disabled: the organizer re-enters the credential after a reload.
  }
}

export type ApiFailure =
  | { ok: false; kind: 'unauthorized'; message: string }
  | { ok: false; kind: 'network'; message: string }
  | { ok: false; kind: 'error'; status: number; message: string };

export type ApiResult<T> = { ok: true; value: T } | ApiFailure;

export async function call(path: string, init: RequestInit = {}, token = getOrganizerToken()) {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(`${apiBase()}${path}`, { ...init, headers, cache: 'no-store' });
}

async function messageOf(res: Response): Promise<string> {
  try {
    const body = (await res.clone().json()) as { message?: string };
    if (body.message) return body.message;
  } catch {
    // Not JSON: fall through to the status text.
  }
  return `The endpoint answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`;
}

export async function failure(res: Response): Promise<ApiFailure> {
  if (res.status === 401 || res.status === 403) {
    return {
      ok: false,
      kind: 'unauthorized',
      message:
        res.status === 401
          ? 'Enter the organizer credential.'
          : 'That organizer credential is not correct.',
    };
  }
  return { ok: false, kind: 'error', status: res.status, message: await messageOf(res) };
}

export const NETWORK: ApiFailure = {
  ok: false,
  kind: 'network',
  message: 'Could not reach the endpoint. Check the connection and try again.',
};

/** Call and check the answer against its wire schema: an unreadable answer is an error, not a cast. */
async function json<T>(
  path: string,
  schema: Parser<T>,
  init?: RequestInit,
  token?: string,
): Promise<ApiResult<T>> {
  try {
    const res = await call(path, init, token ?? getOrganizerToken());
    if (!res.ok) return failure(res);
    const parsed = schema.safeParse(await res.json());
    if (!parsed.success) {
      return { ok: false, kind: 'error', status: res.status, message: UNREADABLE };
    }
    return { ok: true, value: parsed.data };
  } catch {
    return NETWORK;
  }
}

const UNREADABLE = 'The endpoint sent an answer this app cannot read.';
const ANYTHING: Parser<unknown> = { safeParse: (data) => ({ success: true, data }) };

/** Checks a credential against an organizer-only endpoint before keeping it. */
export async function verifyOrganizerToken(token: string): Promise<ApiResult<true>> {
  const r = await json('/api/teams', ANYTHING, {}, token);
  return r.ok ? { ok: true, value: true } : r;
}

/** The version organizers edit: always fresh from the endpoint, never the device copy. */
export async function fetchAgendaForEditing(): Promise<ApiResult<Agenda>> {
  const r = await json('/api/agenda', ANYTHING);
  if (!r.ok) return r;
  const parsed = AgendaSchema.safeParse(r.value);
  if (!parsed.success) {
    return {
      ok: false,
      kind: 'error',
      status: 200,
      message: 'The endpoint sent an unreadable agenda.',
    };
  }
  return { ok: true, value: parsed.data };
}

export type { PublishIssue };

export type PublishResult =
  | { ok: true; value: Agenda }
  | { ok: false; kind: 'stale'; current: Agenda; message: string }
  | { ok: false; kind: 'invalid'; issues: PublishIssue[]; message: string }
  | ApiFailure;

export async function publishAgenda(
  draft: Pick<Agenda, 'timeZone' | 'event' | 'illustrative' | 'sessions'>,
  baseVersion: number,
): Promise<PublishResult> {
  let res: Response;
  try {
    res = await call('/api/agenda', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': agendaEtag(baseVersion) },
      body: JSON.stringify(draft),
    });
  } catch {
    return NETWORK;
  }
  if (res.ok) {
    const parsed = AgendaSchema.safeParse(await res.json());
    return parsed.success
      ? { ok: true, value: parsed.data }
      : {
          ok: false,
          kind: 'error',
          status: res.status,
          message: 'Published, but the answer was unreadable.',
        };
  }
  if (res.status === 412) {
    const body = staleAgendaBodySchema.safeParse(await res.json().catch(() => null));
    const current = AgendaSchema.safeParse(body.success ? body.data.current : null);
    if (body.success && current.success) {
      return {
        ok: false,
        kind: 'stale',
        current: current.data,
        message: body.data.message ?? 'Another organizer published first.',
      };
    }
  }
  if (res.status === 422) {
    const body = invalidAgendaBodySchema.safeParse(await res.json().catch(() => null));
    return {
      ok: false,
      kind: 'invalid',
      issues: body.success ? body.data.issues : [],
      message: (body.success ? body.data.message : undefined) ?? 'The agenda was not published.',
    };
  }
  return failure(res);
}

// ---- Teams -------------------------------------------------------------------

export async function listTeams(): Promise<ApiResult<TeamSummary[]>> {
  const r = await json('/api/teams', teamListResponseSchema);
  return r.ok ? { ok: true, value: r.value.teams } : r;
}

function postJson(body: unknown): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/** Creates one team per State code, in one request (one transaction on the endpoint). */
export async function createTeams(states: string[]): Promise<ApiResult<CreatedTeam[]>> {
  const r = await json(
    '/api/teams',
    createTeamsResponseSchema,
    postJson({ teams: states.map((state) => ({ state })) }),
  );
  return r.ok ? { ok: true, value: r.value.teams } : r;
}

export async function regenerateJoinCode(teamId: string): Promise<ApiResult<{ joinCode: string }>> {
  return json(
    `/api/teams/${encodeURIComponent(teamId)}/code`,
    joinCodeResponseSchema,
    postJson({}),
  );
}

export async function revokeJoinCode(teamId: string): Promise<ApiResult<true>> {
  try {
    const res = await call(`/api/teams/${encodeURIComponent(teamId)}/code`, { method: 'DELETE' });
    return res.ok ? { ok: true, value: true } : failure(res);
  } catch {
    return NETWORK;
  }
}

/**
 * Removes every device of a team: their credentials, tickets and open event
 * streams are revoked. The devices keep their plans and can join again with
 * a new code. Answers how many devices were removed.
 */
export async function removeTeamDevices(teamId: string): Promise<ApiResult<{ revoked: number }>> {
  return json(
    `/api/teams/${encodeURIComponent(teamId)}/credentials`,
    removedDevicesResponseSchema,
    {
      method: 'DELETE',
    },
  );
}

// ---- TA needs ----------------------------------------------------------------

export async function listTaNeeds(): Promise<ApiResult<TaNeedRow[]>> {
  const r = await json('/api/ta-needs', taNeedsResponseSchema);
  return r.ok ? { ok: true, value: r.value.needs } : r;
}

/**
 * The CSVs need the Authorization header, so a plain link cannot fetch them:
 * fetch here and hand the browser a download of the blob.
 */
async function downloadCsv(path: string, fallbackName: string): Promise<ApiResult<string>> {
  try {
    const res = await call(path);
    if (!res.ok) return failure(res);
    const blob = await res.blob();
    const name =
      /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
    saveBlob(name, blob);
    return { ok: true, value: name };
  } catch {
    return NETWORK;
  }
}

export function downloadTaNeedsCsv(): Promise<ApiResult<string>> {
  return downloadCsv('/api/ta-needs.csv', 'ta-needs.csv');
}

// ---- Evaluations ---------------------------------------------------------------

export function listEvaluations(): Promise<ApiResult<EvaluationsResponse>> {
  return json('/api/evaluations', evaluationsResponseSchema);
}

export function downloadEvaluationsCsv(): Promise<ApiResult<string>> {
  return downloadCsv('/api/evaluations.csv', 'evaluations.csv');
}

// ---- Plan submissions ------------------------------------------------------------

/** Every team with its submissions and the figures of its latest one. */
export async function listSubmissions(): Promise<ApiResult<TeamSubmissions[]>> {
  const r = await json('/api/submissions', submissionsListSchema);
  return r.ok ? { ok: true, value: r.value.teams } : r;
}

/** A team's latest submission, or the one with `id`, as the plan export plus the list. */
export function getSubmission(teamId: string, id?: string): Promise<ApiResult<SubmissionDetail>> {
  const query = id ? `?id=${encodeURIComponent(id)}` : '';
  return json(`/api/submissions/${encodeURIComponent(teamId)}${query}`, submissionDetailSchema);
}

export function downloadStepsCsv(): Promise<ApiResult<string>> {
  return downloadCsv('/api/steps.csv', 'steps.csv');
}
