/**
 * Who may open another event stream. Anonymous (agenda-only) streams need
 * no credential, so without limits anyone could fill every slot and cut the
 * State teams off their live plan updates. Three rules:
 *
 * - a share of all slots (`teamReserved`) is kept for ticketed team streams;
 *   anonymous streams stop short of it;
 * - one address may hold at most `perAddress` anonymous streams;
 * - one team credential may hold at most TEAM_STREAMS_PER_CREDENTIAL streams
 *   (a device with a few tabs), so one member cannot take the reserve.
 *
 * A refusal carries the seconds after which trying again makes sense.
 */

export const TEAM_STREAMS_PER_CREDENTIAL = 8;
/** Retry-After when the cap is reached: streams end on their own (tabs close, phones sleep). */
export const STREAM_RETRY_AFTER_S = 30;

export interface StreamCaps {
  max: number;
  teamReserved: number;
  perAddress: number;
}

export type StreamKey =
  { kind: 'anonymous'; address: string } | { kind: 'team'; credentialHash: string };

export type StreamVerdict =
  | { ok: true; release: () => void }
  | { ok: false; status: 429 | 503; error: string; message: string; retryAfterS: number };

export class StreamLimits {
  private total = 0;
  private anonymous = 0;
  private perKey = new Map<string, number>();

  constructor(private caps: StreamCaps) {}

  open(key: StreamKey): StreamVerdict {
    const id = key.kind === 'team' ? `t:${key.credentialHash}` : `a:${key.address}`;
    const held = this.perKey.get(id) ?? 0;
    const refuse = (status: 429 | 503, error: string, message: string): StreamVerdict => ({
      ok: false,
      status,
      error,
      message,
      retryAfterS: STREAM_RETRY_AFTER_S,
    });
    if (key.kind === 'anonymous') {
      if (held >= this.caps.perAddress) {
        return refuse(429, 'too_many_streams', 'Too many live connections from this address.');
      }
      if (this.anonymous >= this.caps.max - this.caps.teamReserved) {
        return refuse(503, 'busy', 'Too many live connections; try again shortly.');
      }
    } else {
      if (held >= TEAM_STREAMS_PER_CREDENTIAL) {
        return refuse(429, 'too_many_streams', 'Too many live connections for this device.');
      }
      if (this.total >= this.caps.max) {
        return refuse(503, 'busy', 'Too many live connections; try again shortly.');
      }
    }
    this.total += 1;
    if (key.kind === 'anonymous') this.anonymous += 1;
    this.perKey.set(id, held + 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        if (key.kind === 'anonymous') this.anonymous -= 1;
        const left = (this.perKey.get(id) ?? 1) - 1;
        if (left <= 0) this.perKey.delete(id);
        else this.perKey.set(id, left);
      },
    };
  }

  /** Open streams in all (tests, health). */
  size(): number {
    return this.total;
  }
}
