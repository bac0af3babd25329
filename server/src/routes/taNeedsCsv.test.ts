// GET /api/ta-needs.csv on the real endpoint: TA needs typed by a team device
// and synced come back guarded, read cell by cell by papaparse (issue 11, D2).
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, TEST_TOKEN, type TestServer } from '../../test/endpoint';
import { addTaNeed } from '../../../src/domain/plan/edit';
import { looksLikeFormula } from '../../../src/domain/csv';
import { joinedDevice } from '../../test/planSyncKit';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.cleanup());

/** What a team typed, as topic / description pairs, each a known bypass of a weaker guard. */
const TYPED: [string, string][] = [
  ['=HYPERLINK("http://evil","x")\nthen text', 'line feed after the formula'],
  ['=HYPERLINK("http://evil","x")\r\nthen text', 'CRLF after the formula'],
  [' =1+1', 'leading space'],
  ['\t=1+1', 'leading tab'],
  ['\n@SUM(A1)', 'leading line feed'],
  ['\r\n-2+3', 'leading CRLF'],
  ['＝HYPERLINK("http://evil")', 'full-width equals'],
  ['＋1', 'full-width plus'],
  ['－1', 'full-width minus'],
  ['＠SUM(A1)', 'full-width at'],
  ['Plain words, no formula', '+1 in the description'],
];

it('guards every formula-like cell of the TA needs CSV, read back cell by cell', async () => {
  const team = await fetch(`${srv.url}/api/teams`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'NM' }),
  });
  const { joinCode } = (await team.json()) as { joinCode: string };
  const device = await joinedDevice(srv.url, joinCode, 'csv');
  for (const [topic, description] of TYPED) addTaNeed(device.doc, { topic, description });
  expect((await device.syncAll()).kind).toBe('synced');

  const res = await fetch(`${srv.url}/api/ta-needs.csv`, {
    headers: { authorization: `Bearer ${TEST_TOKEN}` },
  });
  expect(res.status).toBe(200);
  const text = (await res.text()).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual([
    'state',
    'team',
    'topic',
    'priority',
    'description',
    'updated',
    'submitted_at',
  ]);
  // The team never submitted: every need is marked so.
  expect(rows.map((r) => r[6])).toEqual(TYPED.map(() => 'not submitted'));
  // Same order as typed: one row per need, each cell the typed text behind one apostrophe.
  expect(rows.map((r) => [r[2], r[4]])).toEqual([
    ...TYPED.slice(0, -1).map(([topic, description]) => [`'${topic}`, description]),
    ['Plain words, no formula', "'+1 in the description"],
  ]);
  // No cell a spreadsheet would run, wherever its blanks or line breaks are.
  for (const cell of rows.flat()) expect(looksLikeFormula(cell)).toBe(false);
});
