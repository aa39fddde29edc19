import { useNow } from '../use-now';

/** Props of `QrRing`. */
export interface QrRingProps {
  /** When the code was received and when it expires (local clock ms). */
  receivedAt: number;
  expiresAt: number;
  className?: string;
}

const RADIUS = 45;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * The expiry ring: an SVG circle whose drawn length is the code's remaining lifetime. It is
 * redrawn about once a second from the clock (not a CSS animation), so with
 * `prefers-reduced-motion` the stylesheet can drop any transition and it simply steps. Decorative:
 * renewal is automatic, so the remaining time is not announced.
 */
export function QrRing({ receivedAt, expiresAt, className }: QrRingProps) {
  const now = useNow(true);
  const lifetime = Math.max(1, expiresAt - receivedAt);
  // Before the first reading (server render) the ring is drawn as received: full.
  const remaining = Math.min(1, Math.max(0, (expiresAt - (now ?? receivedAt)) / lifetime));
  return (
    <svg
      data-part="qr-ring"
      data-remaining={remaining.toFixed(2)}
      className={className}
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="50" cy="50" r={RADIUS} fill="none" stroke="currentColor" strokeOpacity="0.2" strokeWidth="6" />
      <circle
        cx="50"
        cy="50"
        r={RADIUS}
        fill="none"
        stroke="currentColor"
        strokeWidth="6"
        strokeLinecap="round"
        strokeDasharray={CIRCUMFERENCE}
        strokeDashoffset={CIRCUMFERENCE * (1 - remaining)}
        // Start at 12 o'clock and run clockwise.
        transform="rotate(-90 50 50)"
      />
    </svg>
  );
}
