/**
 * Reads a team's event stream (GET /api/events) as parsed events, for tests
 * that need to know what one device heard and in which order.
 */

export interface SseEvent {
  event: string;
  data: string;
}

export interface SseReader {
  /** Every event heard so far, in order. */
  events: SseEvent[];
  /** Resolves with the first event (heard or coming) after `from` that matches. */
  next(match: (e: SseEvent) => boolean, from?: number): Promise<SseEvent>;
  close(): void;
}

/** Trades the credential for a ticket and opens the stream; resolves once `hello` came. */
export async function openTeamStream(baseUrl: string, credential: string): Promise<SseReader> {
  const ticketRes = await fetch(`${baseUrl}/api/events/ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${credential}` },
  });
  if (!ticketRes.ok) throw new Error(`ticket: ${ticketRes.status}`);
  const { ticket } = (await ticketRes.json()) as { ticket: string };
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/events?ticket=${encodeURIComponent(ticket)}`, {
    signal: controller.signal,
  });
  if (res.status !== 200) throw new Error(`events: ${res.status}`);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  let ended = false;
  const waiters = new Set<() => void>();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
          }
          if (data.length) events.push({ event, data: data.join('\n') });
        }
        for (const w of [...waiters]) w();
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
      for (const w of [...waiters]) w();
    }
  })();
  const next = (match: (e: SseEvent) => boolean, from = 0) =>
    new Promise<SseEvent>((resolve, reject) => {
      const check = () => {
        const found = events.slice(from).find(match);
        if (found) {
          waiters.delete(check);
          resolve(found);
        } else if (ended) {
          waiters.delete(check);
          reject(new Error('the stream ended'));
        }
      };
      waiters.add(check);
      check();
    });
  await next((e) => e.event === 'hello');
  return { events, next, close: () => controller.abort() };
}
