import { useEffect, useRef } from 'react';
import { barcodeDetector } from './barcode-detector';

/** Props of `CameraScanner`. */
export interface CameraScannerProps {
  /** The first QR value seen; the camera stops right after. */
  onDetected(value: string): void;
  /** No camera, permission refused or no detector: the person pastes instead. */
  onUnavailable(): void;
  /** Accessible name of the preview. */
  label: string;
  className?: string | undefined;
  /** Milliseconds between two looks at the picture. Default 250. */
  intervalMs?: number;
}

/**
 * The camera preview with a QR detector: loaded lazily by `<QrApprove>`, only where the browser
 * has `BarcodeDetector`, so no camera code is downloaded anywhere else. The stream and the timer
 * end on unmount.
 */
export default function CameraScanner({ onDetected, onUnavailable, label, className, intervalMs = 250 }: CameraScannerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const callbacks = useRef({ onDetected, onUnavailable });
  useEffect(() => {
    callbacks.current = { onDetected, onUnavailable };
  });

  useEffect(() => {
    let active = true;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const Detector = barcodeDetector();
    const unavailable = () => {
      if (active) callbacks.current.onUnavailable();
    };
    if (!Detector || !navigator.mediaDevices?.getUserMedia) {
      unavailable();
      return;
    }
    const start = async () => {
      try {
        const detector = new Detector({ formats: ['qr_code'] });
        const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (!active) return media.getTracks().forEach((track) => track.stop());
        stream = media;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = media;
        await video.play().catch(() => {});
        const look = async () => {
          timer = undefined;
          if (!active) return;
          try {
            const found = await detector.detect(video);
            const value = found.find((code) => code.rawValue)?.rawValue;
            if (active && value) return callbacks.current.onDetected(value);
          } catch {
            // A frame that is not ready yet: look again.
          }
          if (active) timer = setTimeout(() => void look(), intervalMs);
        };
        void look();
      } catch {
        unavailable();
      }
    };
    void start();
    return () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [intervalMs]);

  return <video ref={videoRef} data-part="qr-camera" className={className} aria-label={label} muted playsInline />;
}
