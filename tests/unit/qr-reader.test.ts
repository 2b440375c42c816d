import { encode } from 'uqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { qrReader } from '../../src/features/team/qr-reader';

/** A frame as a camera would give it: the QR code (as QrCode.svelte draws it) at `scale` px a module. */
function frameOf(text: string, scale = 4): ImageData {
  const qr = encode(text, { ecc: 'L', border: 4 });
  const width = qr.size * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      const dark = qr.data[Math.floor(y / scale)]![Math.floor(x / scale)];
      const i = (y * width + x) * 4;
      data.fill(dark ? 0 : 255, i, i + 3);
      data[i + 3] = 255;
    }
  const frame: ImageData = { data, width, height: width, colorSpace: 'srgb' };
  return frame;
}

describe('reading QR codes in camera frames', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads back the link our QR code carries, with jsQR where the browser has no detector', async () => {
    const link = `https://example.org/taller/#/return/a1.${'Ab9_-'.repeat(300)}.3f9a0c21`;
    const read = await qrReader();
    expect(await read(frameOf(link))).toEqual([link]);
    // A frame without a code reads nothing.
    const blank = frameOf('x');
    blank.data.fill(255);
    expect(await read(blank)).toEqual([]);
  });

  it('uses the browser’s own detector when it reads QR codes', async () => {
    const detect = vi.fn(() =>
      Promise.resolve([{ rawValue: 'https://example.org/#/return/a1.x' }]),
    );
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = () => Promise.resolve(['qr_code', 'ean_13']);
        detect = detect;
      },
    );
    const read = await qrReader();
    expect(await read(frameOf('ignored'))).toEqual(['https://example.org/#/return/a1.x']);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('falls back to jsQR when the detector cannot read QR codes', async () => {
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = () => Promise.resolve(['ean_13']);
        detect = () => Promise.reject(new Error('not used'));
      },
    );
    const read = await qrReader();
    expect(await read(frameOf('https://example.org/#/join/s1.abc'))).toEqual([
      'https://example.org/#/join/s1.abc',
    ]);
  });
});
