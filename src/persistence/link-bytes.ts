// The byte plumbing of links that carry data in the URL: deflate-raw through the platform's
// (De)CompressionStream with a cap on what inflating may produce, base64url without padding, CRC-32.

/** Raw deflate of the bytes (no zlib or gzip header: the link carries its own checksum). */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type Inflated =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'tooLong' | 'truncated' };

/**
 * Inflates raw deflate, reading no further than `maxBytes` of output: a few kilobytes of crafted
 * input can stand for gigabytes (a deflate bomb), so the stream is cancelled as soon as it passes.
 */
export async function inflate(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Inflated> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'tooLong' };
      }
      chunks.push(value);
    }
  } catch {
    // The data ends before its last block, or is not deflate at all.
    return { ok: false, reason: 'truncated' };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** base64url (RFC 4648 §5) without padding: every character is safe in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of unpadded base64url; null for other characters or a length no encoding has. A text
 * that differs from the canonical encoding of its bytes (unused low bits of the last character set)
 * is returned with `canonical: false`: it can only come from a changed character.
 */
export function fromBase64Url(
  text: string,
): { bytes: Uint8Array<ArrayBuffer>; canonical: boolean } | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { bytes, canonical: toBase64Url(bytes) === text };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zip and PNG use): catches every change of up to 32 bits in a row. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32 as 8 lowercase hex digits. */
export const crc32Hex = (bytes: Uint8Array): string => crc32(bytes).toString(16).padStart(8, '0');
