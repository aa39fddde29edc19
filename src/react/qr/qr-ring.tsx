import { useNow } from '../use-now';

/** Props of `QrRing`. */
export interface QrRingProps {
  /** When the code was received and when it expires (local clock ms). */
  receivedAt: number;
  expiresAt: number;
  className?: string;
}

/**
 * The expiry ring: a thin line along the edge of the code's square tile whose drawn length is
 * the code's remaining lifetime (`pathLength` 100, so the dash is a percentage whatever the
 * tile's size). It runs along the tile's margin, clear of the code and its quiet zone. It is
 * redrawn about once a second from the clock (not a CSS animation), so with
 * `prefers-reduced-motion` the stylesheet can drop any transition and it simply steps.
 * Decorative: renewal is automatic, so the remaining time is not announced.
 */
export function QrRing({ receivedAt, expiresAt, className }: QrRingProps) {
  const now = useNow(true);
  const lifetime = Math.max(1, expiresAt - receivedAt);
  // Before the first reading (server render) the ring is drawn as received: full.
  const remaining = Math.min(1, Math.max(0, (expiresAt - (now ?? receivedAt)) / lifetime));
  const edge = { x: 1.5, y: 1.5, width: 97, height: 97, rx: 7, pathLength: 100, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 };
  return (
    <svg
      data-part="qr-ring"
      data-remaining={remaining.toFixed(2)}
      className={className}
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
    >
      <rect {...edge} strokeOpacity="0.2" />
      {/* A rect's path starts at its top edge (after the corner) and runs clockwise. */}
      <rect {...edge} strokeLinecap="round" strokeDasharray="100" strokeDashoffset={100 * (1 - remaining)} />
    </svg>
  );
}
