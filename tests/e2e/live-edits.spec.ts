/**
 * Live edits (issue 13, item 3) in Chromium: while member A keeps typing the
 * plan title at a person's pace, member B sees the title grow before A has
 * finished (the sync delay has a maximum wait and the endpoint pushes the
 * update itself). Latency figures are the bench's job (bench/liveEdit.ts);
 * this only asserts the behaviour, loosely.
 */
import { expect, test } from '@playwright/test';
import { serverForFile } from './serverForFile';
import { createTeamCode, joinedMember } from './team';

const server = serverForFile();

test("B sees A's title grow while A is still typing", async ({ browser }) => {
  const code = await createTeamCode(server.url);
  const phone = { width: 390, height: 844 };
  const a = await joinedMember(browser, server.url, code, { viewport: phone });
  const b = await joinedMember(browser, server.url, code, { viewport: phone });
  const titleA = a.getByLabel('Plan title');
  const titleB = b.getByLabel('Plan title');
  await titleA.fill('');
  await expect(titleB).toHaveValue('');

  const text = 'Our State plan, typed steadily';
  let finished = false;
  const typing = titleA.pressSequentially(text, { delay: 150 }).then(() => (finished = true));
  // B's value, sampled while A types: some proper, non-empty prefix must show up.
  const seenWhileTyping: string[] = [];
  while (!finished) {
    const value = await titleB.inputValue();
    if (!finished) seenWhileTyping.push(value);
    await b.waitForTimeout(50);
  }
  await typing;
  const partial = seenWhileTyping.filter((v) => v.length > 0 && v.length < text.length);
  expect(partial.length).toBeGreaterThan(0);
  for (const v of partial) expect(text.startsWith(v)).toBe(true);
  await expect(titleB).toHaveValue(text);
  // A's caret stayed at the end of what A typed.
  expect(await titleA.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(text.length);
});
