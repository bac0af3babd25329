/**
 * Layout checks for larger text (WCAG 1.4.4 / 1.4.10): the browser's own
 * text-size setting (Chromium's default font size, which rem units and
 * em-based media queries follow, as a person's setting would), the page's
 * horizontal overflow, and text boxes that overlap one another or a control.
 */
import type { Page } from '@playwright/test';

/** 16 px is 100 %: 24 px is 150 % text, 32 px is 200 %. */
export async function setTextSize(page: Page, percent: number) {
  const px = Math.round((16 * percent) / 100);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}

export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth,
  );
}

export interface Overlap {
  a: string;
  b: string;
}

/**
 * Pairs of boxes in `root` that overlap by more than a pixel or two: each
 * line of visible text (from its text node's client rects) and each form
 * control or button. A text line inside a control only counts against
 * other boxes, never against its own control.
 */
export function overlappingText(page: Page, root = 'main'): Promise<Overlap[]> {
  return page.evaluate((rootSel) => {
    const rootEl = document.querySelector(rootSel);
    if (!rootEl) return [];
    type Box = { r: DOMRect; owner: Element; label: string };
    const boxes: Box[] = [];
    const hidden = (el: Element) => {
      // The content of a closed <details> keeps layout boxes in Chromium but is not shown.
      const closed = el.closest('details:not([open])');
      if (closed && el.closest('summary')?.parentElement !== closed) return true;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.visibility === 'hidden' || s.display === 'none') return true;
        if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') return true;
        if (s.position === 'absolute' && e.getBoundingClientRect().width <= 1) return true;
        // A bar stuck to the screen's edge on purpose (the agenda editor's
        // Publish bar) lies over what scrolls under it by design; the page's
        // scroll padding keeps the focused control clear of it.
        if (e.hasAttribute('data-sticky-bar')) return true;
        // The content of a closed <details> keeps boxes in Chromium but is not shown.
        const parent = e.parentElement;
        if (
          parent?.tagName === 'DETAILS' &&
          !parent.hasAttribute('open') &&
          e.tagName !== 'SUMMARY'
        )
          return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || hidden(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        boxes.push({ r, owner: parent, label: n.textContent.trim().slice(0, 40) });
      }
    }
    for (const el of rootEl.querySelectorAll('input, select, textarea, button')) {
      if (hidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      boxes.push({
        r,
        owner: el,
        label: `<${el.tagName.toLowerCase()}> ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`,
      });
    }
    const TOL = 2;
    const out: { a: string; b: string }[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const A = boxes[i]!;
        const B = boxes[j]!;
        if (A.owner === B.owner || A.owner.contains(B.owner) || B.owner.contains(A.owner)) continue;
        const w = Math.min(A.r.right, B.r.right) - Math.max(A.r.left, B.r.left);
        const h = Math.min(A.r.bottom, B.r.bottom) - Math.max(A.r.top, B.r.top);
        if (w > TOL && h > TOL) out.push({ a: A.label, b: B.label });
      }
    }
    return out;
  }, root);
}
