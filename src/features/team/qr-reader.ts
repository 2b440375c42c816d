// Reads QR codes in camera frames: the browser's own BarcodeDetector where it has one for QR codes,
// otherwise jsQR, fetched the first time a camera is opened (never with the first load).

/** Reads the QR codes in one frame (pixels as a canvas holds them); their texts, possibly none. */
export type FrameReader = (frame: ImageData) => Promise<string[]>;

interface Detector {
  detect(source: ImageData): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeReader(): Promise<FrameReader | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    if (!(await Native.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Native({ formats: ['qr_code'] });
    return async (frame) => (await detector.detect(frame)).map((code) => code.rawValue);
  } catch {
    return null;
  }
}

/** A reader of QR codes in frames: the native one if there is one, else jsQR. */
export async function qrReader(): Promise<FrameReader> {
  const native = await nativeReader();
  if (native) return native;
  const { default: jsQR } = await import('jsqr');
  return (frame) => {
    const code = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
    return Promise.resolve(code ? [code.data] : []);
  };
}
