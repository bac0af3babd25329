/**
 * Ask the browser to keep this site's storage (navigator.storage.persist())
 * once the device has a plan, and remember the answer for the About screen.
 */
import { getMeta, setMeta } from '../../db/meta';

export const PERSIST_KEY = 'storagePersist';

export interface PersistAnswer {
  /** 'granted' | 'denied' | 'unsupported' */
  result: 'granted' | 'denied' | 'unsupported';
  at: number;
}

export async function askPersistentStorage(): Promise<PersistAnswer | undefined> {
  try {
    const previous = await getMeta<PersistAnswer>(PERSIST_KEY);
    if (previous?.result === 'granted' || previous?.result === 'unsupported') return previous;
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    let result: PersistAnswer['result'] = 'unsupported';
    if (storage?.persist) {
      const already = storage.persisted ? await storage.persisted() : false;
      result = already || (await storage.persist()) ? 'granted' : 'denied';
    }
    const answer: PersistAnswer = { result, at: Date.now() };
    await setMeta(PERSIST_KEY, answer);
    return answer;
  } catch {
    // Storage itself failing is reported by the editor's banner.
    return undefined;
  }
}
