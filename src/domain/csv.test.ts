// The CSV writer: quoting that papaparse reads back cell by cell, and the formula guard.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guardFormula, looksLikeFormula, toCsv } from './csv';

const parse = (csv: string) => Papa.parse<string[]>(csv, { newline: '\r\n' }).data;

describe('formula guard', () => {
  it.each([
    ['=1+1'],
    ['+1'],
    ['-2'],
    ['@SUM(A1)'],
    ['=HYPERLINK("http://evil","x")\n'],
    ['=HYPERLINK("http://evil","x")\r\n'],
    [' =cmd'],
    ['\n=cmd'],
    ['\r\n=cmd'],
    ['\u00a0\u3000=cmd'],
    ['\u200b=cmd'],
    ['＝HYPERLINK("http://evil")'],
    ['＋1'],
    ['－1'],
    ['＠SUM(A1)'],
    ['\tplain'],
    ['\rplain'],
  ])('guards %j', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });

  it.each([['plain'], ['safe = text'], [' leading space'], ['a-b'], [''], ["'already"]])(
    'leaves %j alone',
    (cell) => {
      expect(guardFormula(cell)).toBe(cell);
    },
  );
});

describe('toCsv', () => {
  it('round-trips through papaparse cell by cell, guarded', () => {
    const cells = [
      '=HYPERLINK("http://evil","x")\n',
      '=HYPERLINK("http://evil","x")\r\nmore',
      ' =1+1',
      '\n@SUM(A1)',
      '＝1+1',
      'He said "now", then left',
      'two\nlines',
      ' edge spaces ',
    ];
    const csv = toCsv(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      [cells, [1, null, undefined, true]],
    );
    const rows = parse(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(rows[1]).toEqual([
      '\'=HYPERLINK("http://evil","x")\n',
      '\'=HYPERLINK("http://evil","x")\r\nmore',
      "' =1+1",
      "'\n@SUM(A1)",
      "'＝1+1",
      'He said "now", then left',
      'two\nlines',
      ' edge spaces ',
    ]);
    expect(rows[2]).toEqual(['1', '', '', 'true']);
    // No parsed cell starts with a formula sign, wherever its blanks are.
    for (const cell of rows.flat()) expect(looksLikeFormula(cell)).toBe(false);
  });
});
