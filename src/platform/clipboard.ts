/**
 * Puts text on the clipboard. The async Clipboard API needs a secure context
 * and, in some browsers, permission; where it is missing or refused the answer
 * is false and the caller says so (the text stays on screen to copy by hand).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
