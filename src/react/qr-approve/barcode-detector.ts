/** Feature detection for camera scanning, kept apart from the (lazy) camera code itself. */

/** The part of the Barcode Detection API the scanner uses (not in TypeScript's DOM types yet). */
export interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
export type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The browser's `BarcodeDetector`, or `null` where it is missing (Firefox, desktop Safari, SSR). */
export function barcodeDetector(): BarcodeDetectorConstructor | null {
  const candidate = (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  return typeof candidate === 'function' ? (candidate as BarcodeDetectorConstructor) : null;
}
