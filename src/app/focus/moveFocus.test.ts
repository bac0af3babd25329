// The focus rule on plain DOM: where focus goes when a list item is removed,
// and that a place a person chose is never taken back.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { keepPlace, placeAfterRemoval } from './moveFocus';

function list(n: number) {
  document.body.innerHTML = `
    <h2 id="list-h">Things</h2>
    <ol data-focus-heading="list-h">
      ${Array.from({ length: n }, (_, i) => `<li data-focus-item><h3 data-focus-entry>Thing ${i + 1}</h3><button>Remove ${i + 1}</button></li>`).join('')}
    </ol>
    <button id="elsewhere">Elsewhere</button>`;
  return [...document.querySelectorAll('li')];
}

const removeButton = (n: number) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === `Remove ${n}`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('placeAfterRemoval + keepPlace', () => {
  it('goes to the item that takes the removed one’s place', async () => {
    const items = list(3);
    removeButton(1).focus();
    keepPlace(placeAfterRemoval(document.activeElement));
    items[0]!.remove();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Thing 2'));
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
  });

  it('goes to the item before when the last one is removed, then to the heading', async () => {
    const items = list(2);
    removeButton(2).focus();
    keepPlace(placeAfterRemoval(document.activeElement));
    items[1]!.remove();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Thing 1'));
    removeButton(1).focus();
    keepPlace(placeAfterRemoval(document.activeElement));
    items[0]!.remove();
    await waitFor(() => expect(document.activeElement?.id).toBe('list-h'));
  });

  it('leaves focus alone when the person moved it somewhere else meanwhile', async () => {
    const items = list(2);
    removeButton(1).focus();
    keepPlace(placeAfterRemoval(document.activeElement));
    document.getElementById('elsewhere')!.focus();
    items[0]!.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(document.activeElement?.id).toBe('elsewhere');
  });
});
