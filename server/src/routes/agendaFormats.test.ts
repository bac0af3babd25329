// The agenda's exports (validated against the formats' own schemas) and
// POST /api/agenda/import (organizer, publishes nothing, 4xx for every bad file).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import ICAL from 'ical.js';
import { AgendaSchema, type Agenda } from '../../../src/domain/agenda';
import { SHIPPED_AGENDA } from '../../../src/content/agenda';
import { importErrorBodySchema, importResponseSchema } from '../../../src/wire/protocol';
import { startTestServer, TEST_TOKEN, type TestServer } from '../../test/endpoint';

const INTEROP = fileURLToPath(new URL('../../../../shared/interop/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/agenda/', import.meta.url));

let srv: TestServer;
let tmp: string;
beforeAll(async () => {
  srv = await startTestServer();
  tmp = mkdtempSync(join(tmpdir(), 'agenda-formats-'));
});
afterAll(async () => {
  await srv.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

function importFile(
  body: string | Uint8Array,
  type: string,
  token = TEST_TOKEN,
): Promise<Response> {
  return fetch(`${srv.url}/api/agenda/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
    // A copy in a plain ArrayBuffer: what fetch's types accept.
    body: typeof body === 'string' ? body : new Uint8Array(body).buffer,
  });
}

async function current(): Promise<Agenda> {
  return AgendaSchema.parse(await (await fetch(`${srv.url}/api/agenda`)).json());
}

async function publish(draft: unknown, version: number): Promise<Agenda> {
  const res = await fetch(`${srv.url}/api/agenda`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${TEST_TOKEN}`,
      'Content-Type': 'application/json',
      'If-Match': `"${version}"`,
    },
    body: JSON.stringify(draft),
  });
  expect(res.status).toBe(200);
  return AgendaSchema.parse(await res.json());
}

function validateJson(doc: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addMetaSchema(draft6);
  const schema = JSON.parse(readFileSync(join(INTEROP, 'schema.json'), 'utf8')) as object;
  const validate = ajv.compile(schema);
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** xmllint (Debian: libxml2-utils) against the XSD; its complaints, or [] when valid. */
function validateXml(xml: string): string[] {
  const file = join(tmp, `schedule-${Date.now()}.xml`);
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', join(INTEROP, 'schedule.xml.xsd'), file], {
    encoding: 'utf8',
  });
  if (r.error) throw r.error;
  return r.status === 0 ? [] : [r.stderr];
}

describe('exports', () => {
  it('schedule.json is valid against the c3voc schema, with ETag and 304', async () => {
    const res = await fetch(`${srv.url}/api/agenda/schedule.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"\d+-json"$/);
    const doc = (await res.json()) as { schedule: { conference: { days: unknown[] } } };
    expect(validateJson(doc)).toEqual([]);
    expect(doc.schedule.conference.days).toHaveLength(2);
    const again = await fetch(`${srv.url}/api/agenda/schedule.json`, {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('schedule.xml is valid against the XSD (xmllint), with ETag and 304', async () => {
    const res = await fetch(`${srv.url}/api/agenda/schedule.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(validateXml(await res.text())).toEqual([]);
    const etag = res.headers.get('etag')!;
    expect(
      (
        await fetch(`${srv.url}/api/agenda/schedule.xml`, {
          headers: { 'If-None-Match': `W/${etag}` },
        })
      ).status,
    ).toBe(304);
  });

  it('agenda.ics parses with ical.js: VTIMEZONE, one VEVENT per session, stable UIDs, STATUS', async () => {
    const res = await fetch(`${srv.url}/api/agenda.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'America/New_York',
    );
    const events = cal.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(
      SHIPPED_AGENDA.sessions.map((s) => `${s.id}@convening-companion`),
    );
    // The same version is the same bytes: calendar apps polling it get 304.
    expect(await (await fetch(`${srv.url}/api/agenda.ics`)).text()).toBe(text);
    const etag = res.headers.get('etag')!;
    expect(
      (await fetch(`${srv.url}/api/agenda.ics`, { headers: { 'If-None-Match': etag } })).status,
    ).toBe(304);
  });

  it('the CSV template downloads', async () => {
    const res = await fetch(`${srv.url}/api/agenda/template.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="agenda-template.csv"/,
    );
    expect((await res.text()).split('\r\n')[0]).toBe(
      'id,title,date,start,end,room,kind,focus_areas,speakers,description,cancelled',
    );
  });
});

describe('POST /api/agenda/import', () => {
  it('is for organizers only', async () => {
    expect((await importFile('x', 'text/csv', 'wrong-token')).status).toBe(403);
    const anon = await fetch(`${srv.url}/api/agenda/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: 'x',
    });
    expect(anon.status).toBe(401);
  });

  it('imports a sample, publishes nothing, and answers the draft, the diff and warnings', async () => {
    const before = await current();
    const res = await importFile(
      readFileSync(join(INTEROP, 'frab-camp2019.json')),
      'application/json',
    );
    expect(res.status).toBe(200);
    const body = importResponseSchema.parse(await res.json());
    expect(body.baseVersion).toBe(before.version);
    const draft = AgendaSchema.parse({
      ...(body.draft as object),
      version: 1,
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect(draft.sessions).toHaveLength(79);
    expect(draft.event?.timeZone).toBe('Europe/Berlin');
    expect(body.diff.changes.filter((c) => c.kinds[0] === 'added')).toHaveLength(79);
    expect(body.diff.changes.filter((c) => c.kinds[0] === 'removed')).toHaveLength(
      before.sessions.length,
    );
    expect(body.warnings.length).toBeGreaterThan(0);
    expect((await current()).version).toBe(before.version);
  });

  it('round trip through HTTP: export, import, empty diff; for the shipped agenda and a published sample', async () => {
    for (const path of ['/api/agenda/schedule.json']) {
      const exported = await (await fetch(`${srv.url}${path}`)).text();
      const body = importResponseSchema.parse(
        await (await importFile(exported, 'application/json')).json(),
      );
      expect(body.diff.changes).toEqual([]);
    }
    const sample = importResponseSchema.parse(
      await (
        await importFile(readFileSync(join(INTEROP, 'pretalx-democon.json')), 'application/json')
      ).json(),
    );
    const published = await publish(sample.draft, sample.baseVersion);
    expect(published.event?.title).toBe('DemoCon');
    for (const [path, type] of [
      ['/api/agenda/schedule.json', 'application/json'],
      ['/api/agenda/schedule.xml', 'application/xml'],
      ['/api/agenda.ics', 'text/calendar'],
    ] as const) {
      const exported = await (await fetch(`${srv.url}${path}`)).text();
      if (type === 'application/xml') expect(validateXml(exported)).toEqual([]);
      if (type === 'application/json') expect(validateJson(JSON.parse(exported))).toEqual([]);
      const body = importResponseSchema.parse(await (await importFile(exported, type)).json());
      expect(body.diff.changes, path).toEqual([]);
    }
  });

  it('accepts the other three formats by Content-Type', async () => {
    for (const [file, type] of [
      ['fosdem-like.xml', 'text/xml'],
      ['sched-like.ics', 'text/calendar; charset=utf-8'],
      ['sessions.csv', 'text/csv'],
    ] as const) {
      const res = await importFile(readFileSync(join(FIXTURES, file)), type);
      expect(res.status, file).toBe(200);
    }
  });

  it('refuses what it cannot read with 413, 415 or 422, never 5xx', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41);
    expect((await importFile(big, 'text/csv')).status).toBe(413);
    expect((await importFile('{}', 'application/pdf')).status).toBe(415);
    const lol = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++)
      lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    lol.push(']>', '<schedule>&lol9;</schedule>');
    const cases: [string | Uint8Array, string, RegExp][] = [
      [lol.join('\n'), 'application/xml', /DOCTYPE/],
      [
        '<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><schedule>&x;</schedule>',
        'text/xml',
        /entit/,
      ],
      ['<schedule><day>', 'application/xml', /well-formed/],
      ['{"schedule":', 'application/json', /JSON/],
      ['BEGIN:VCALENDAR\r\nnope\r\n', 'text/calendar', /iCalendar/],
      ['title,date\n"unclosed,2015-06-10\n', 'text/csv', /header lacks/],
      [new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'text/csv', /UTF-8/],
      ['', 'text/csv', /empty/],
    ];
    for (const [body, type, message] of cases) {
      const res = await importFile(body, type);
      expect(res.status, `${type} ${String(body).slice(0, 30)}`).toBe(422);
      const err = importErrorBodySchema.parse(await res.json());
      expect(err.error).toBe('invalid_import');
      expect(err.errors.map((e) => e.message).join(' ')).toMatch(message);
    }
  });

  it('answers 200 or 422 to mangled files of every format, never 5xx', async () => {
    const sources: [string, string][] = [
      [readFileSync(join(INTEROP, 'pretalx-democon.json'), 'utf8'), 'application/json'],
      [readFileSync(join(FIXTURES, 'fosdem-like.xml'), 'utf8'), 'application/xml'],
      [readFileSync(join(FIXTURES, 'sched-like.ics'), 'utf8'), 'text/calendar'],
      [readFileSync(join(FIXTURES, 'sessions.csv'), 'utf8'), 'text/csv'],
    ];
    // A fixed seed: the same mangled files on every run.
    let seed = 14;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const [text, type] of sources) {
      for (let i = 0; i < 12; i++) {
        const chars = [...text];
        for (let k = 0; k < 8; k++) {
          const at = Math.floor(random() * chars.length);
          chars.splice(
            at,
            Math.floor(random() * 40),
            String.fromCharCode(32 + Math.floor(random() * 95)),
          );
        }
        const cut = i % 3 === 0 ? chars.slice(0, Math.floor(random() * chars.length)) : chars;
        const res = await importFile(cut.join(''), type);
        expect([200, 422], `${type} #${i}`).toContain(res.status);
      }
    }
  });
});
