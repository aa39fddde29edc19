import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { QRCodeSVG } from 'qrcode.react';
import type { QrChannel, TokenPair, WizardStep } from '../../core/client/types';
import type { QrClient, QrSignInOptions, QrSignInStatus, QrStatusSource } from '../../core/qr/types';
import type { ClassNames } from '../../theme/parts';
import { defaultQrMessages, type QrMessages } from './qr-messages';
import { announcementOf, errorMessage, partStateOf } from './qr-panel-state';
import { QrRing } from './qr-ring';
import { createElementVisibility } from './element-visibility';
import { useQrSignIn } from './use-qr-sign-in';
import { visuallyHidden } from '../parts/visually-hidden';

// The first screen's QR section travels in this chunk (see sign-in-flow.tsx).
export { QrSection } from './qr-section';

/** Props of `QrPanel`. */
export interface QrPanelProps {
  /** The API client (`createSignInClient`); a client with just the QR methods fits too. */
  client: QrClient;
  /** Called once when the scan signs the person in. */
  onSignedIn(tokens: TokenPair, clientId: number): void;
  /** Called when the exchange answers with another wizard step (e.g. 2FA): continue the flow with it. */
  onStep?(step: WizardStep): void;
  /**
   * What the QR encodes. Default: the channel id. A link to the portal's approve page (where
   * `<QrApprove>` runs) lets a phone's camera app open it directly. Never put a secret here.
   * @example qrValue={(c) => `https://portal.example/approve?channel=${c.id}`}
   */
  qrValue?(channel: QrChannel): string;
  /** How the channel is watched. Default: polling every 2 s. Pass a stable reference. */
  statusSource?: QrStatusSource;
  /** Overrides for any message (a full locale catalog fits). */
  messages?: Partial<QrMessages>;
  /** Language tag for numbers and plurals in the messages (`Intl`). Default `en`. */
  locale?: string;
  /** Host class names per part. */
  classNames?: ClassNames;
  /** Hide the requesting IP and location (privacy: screen sharing, shoulder-surfing). */
  hideOrigin?: boolean;
  /** Level of the panel's heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Pixel size of the QR. Default 192. */
  size?: number;
  /** Renew this long before expiry. Default 10 000 ms. */
  renewBeforeMs?: number;
  /** Silent renewals before "Show a new code". Default 5. */
  maxRenewals?: number;
  /**
   * Visibility source (tests). Default: hidden while the tab is hidden or the panel is not
   * displayed (a narrow card's closed QR slot, a host's closed tab). Pass a stable reference.
   */
  visibility?: QrSignInOptions['visibility'];
  /**
   * Offers "Use email and password instead" (a button at the end of the panel) when given:
   * QR-only sign-in is not accessible to everyone, so the alternative stays one keystroke away.
   */
  onUsePassword?(): void;
  /**
   * Every change of the panel's status, for analytics: `signing-in` means the phone approved
   * (scanned), `stopped` that the codes expired with no renewal left. Carries no secret.
   */
  onStatusChange?(status: QrSignInStatus): void;
  /** Rendered at the end of the panel. */
  children?: ReactNode;
}

/** A message whose `{ip}` / `{location}` are server strings, each isolated in a `<bdi>` (an IP stays "203.0.113.42" in Arabic). */
function withIsolates(template: string, values: Readonly<Record<string, string>>): ReactNode[] {
  return template.split(/\{(\w+)\}/).map((bit, i) => (i % 2 ? <bdi key={i}>{values[bit] ?? bit}</bdi> : bit));
}

/** A check mark: the phone approved (drawn in the tile where the code was). */
const checkIcon = (
  <svg viewBox="0 0 24 24" width="48" height="48" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="10" />
    <path d="m7.5 12.5 3 3 6-6.5" />
  </svg>
);

/**
 * The QR sign-in panel: a code a signed-in phone scans, with an expiry ring, the requesting IP
 * and location as plain text, a short how-to, and a polite live region. Renews the code
 * silently, stops after a few renewals with "Show a new code", pauses while the tab is hidden,
 * and tears everything down on unmount.
 *
 * @example
 * ```tsx
 * <QrPanel client={client} onSignedIn={(tokens) => session.set(tokens)} onStep={continueWizard} />
 * ```
 */
export function QrPanel(props: QrPanelProps) {
  const { qrValue, classNames = {}, hideOrigin = false, headingLevel = 2, size = 192, children } = props;
  const m = useMemo<QrMessages>(() => ({ ...defaultQrMessages, ...props.messages }), [props.messages]);
  const [ownVisibility] = useState(createElementVisibility);
  const attachPanel = useCallback((panel: HTMLElement | null) => ownVisibility.attach(panel), [ownVisibility]);
  const { state, retry } = useQrSignIn({
    client: props.client,
    statusSource: props.statusSource,
    renewBeforeMs: props.renewBeforeMs,
    maxRenewals: props.maxRenewals,
    visibility: props.visibility ?? ownVisibility,
    onSignedIn: props.onSignedIn,
    onStep: props.onStep,
  });
  const onStatusChange = useRef(props.onStatusChange);
  useEffect(() => {
    onStatusChange.current = props.onStatusChange;
  });
  useEffect(() => onStatusChange.current?.(state.status), [state.status]);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;

  const startOver = () => {
    retry();
    // The button that had focus disappears: keep the person in the panel.
    headingRef.current?.focus();
  };

  const code = state.status === 'showing' || state.status === 'renewing' ? state : null;
  const busy = state.status === 'idle' || state.status === 'loading' || state.status === 'signing-in';
  const isApproved = state.status === 'signing-in' || state.status === 'done';

  return (
    <section
      ref={attachPanel}
      data-part="qr-panel"
      data-state={partStateOf(state)}
      className={classNames['qr-panel']}
      aria-labelledby={headingId}
      aria-busy={busy}
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1} data-part="heading" className={classNames.heading}>
        {m['qr.heading']}
      </Heading>
      <ol data-part="description" className={classNames.description}>
        <li>{m['qr.step1']}</li>
        <li>{m['qr.step2']}</li>
        <li>{m['qr.step3']}</li>
      </ol>

      {/* One square tile in every state (the code, a spinner, the approval check): the panel keeps its footprint. */}
      <div data-part="qr-code" data-state={code ? 'code' : isApproved ? 'approved' : busy ? 'busy' : 'empty'} className={classNames['qr-code']}>
        {code ? (
          <>
            <QRCodeSVG
              value={qrValue ? qrValue(code.channel) : code.channel.id}
              size={size}
              // The spec's 4-module quiet zone inside the code itself: whatever the tile's
              // padding or the ring along its edge, a camera has its clear border.
              marginSize={4}
              role="img"
              aria-label={m['qr.codeLabel']}
            />
            <QrRing receivedAt={code.receivedAt} expiresAt={code.expiresAt} className={classNames['qr-ring']} />
          </>
        ) : isApproved ? (
          checkIcon
        ) : busy ? (
          <span data-part="spinner" className={classNames.spinner} aria-hidden="true" />
        ) : null}
      </div>
      {code && !hideOrigin ? (
        <p data-part="qr-origin" className={classNames['qr-origin']}>
          {/* Server-provided strings: React renders them as text, never as markup. */}
          {code.channel.location
            ? withIsolates(m['qr.origin'], { ip: code.channel.ip, location: code.channel.location })
            : withIsolates(m['qr.originIpOnly'], { ip: code.channel.ip })}{' '}
          <span>{m['qr.originHint']}</span>
        </p>
      ) : null}

      {state.status === 'idle' || state.status === 'loading' ? (
        <p data-part="message" data-tone="info" className={classNames.message}>
          {m['qr.loading']}
        </p>
      ) : null}
      {state.status === 'paused' ? (
        <p data-part="message" data-tone="info" className={classNames.message}>
          {m['qr.paused']}
        </p>
      ) : null}
      {state.status === 'signing-in' ? (
        <p data-part="message" data-tone="info" className={classNames.message}>
          {m['qr.signingIn']}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <p data-part="message" data-tone="success" className={classNames.message}>
          {state.outcome === 'signed-in' ? m['qr.signedIn'] : m['qr.continueStep']}
        </p>
      ) : null}
      {state.status === 'stopped' ? (
        <>
          <p data-part="message" data-tone="info" className={classNames.message}>
            {m['qr.stopped']}
          </p>
          <button type="button" data-part="button" data-variant="secondary" className={classNames.button} onClick={startOver}>
            {m['qr.showNewCode']}
          </button>
        </>
      ) : null}
      {state.status === 'error' ? (
        <>
          <p data-part="message" data-tone="error" className={classNames.message}>
            {errorMessage(state, m, props.locale)}
          </p>
          <button type="button" data-part="button" data-variant="secondary" className={classNames.button} onClick={startOver}>
            {state.failure.kind === 'token-rejected' ? m['qr.showNewCode'] : m['qr.retry']}
          </button>
        </>
      ) : null}

      {props.onUsePassword ? (
        <button type="button" data-part="button" data-variant="link" className={classNames.button} onClick={props.onUsePassword}>
          {m['qr.usePassword']}
        </button>
      ) : null}
      {children}

      <div data-part="live-region" className={classNames['live-region']} role="status" aria-live="polite" style={visuallyHidden}>
        {announcementOf(state, m, props.locale)}
      </div>
    </section>
  );
}
