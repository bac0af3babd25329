/** Bytes <-> base64 with atob/btoa, so browsers and Node 20 share it. */

interface NodeBufferLike {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): { toString(enc: 'base64'): string };
}
/** Node's Buffer when running on the endpoint (absent in browsers; never polyfilled here). */
const nodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;

export function toBase64(bytes: Uint8Array): string {
  // The endpoint encodes every sync's answer: Node's native encoder is several times faster.
  if (nodeBuffer)
    return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let out = '';
  // Chunked: spreading a large array into fromCharCode overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(out);
}

export function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}
