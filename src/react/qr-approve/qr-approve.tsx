import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { directionOf, en } from '../../i18n';
import type { Theme } from '../../theme';
import type { ClassNames } from '../../theme/parts';
import { createTranslator, FlowUiContext, type FlowUi } from '../flow-ui';
import { Button } from '../parts/button';
import { Field } from '../parts/field';
import { Message } from '../parts/message';
import { visuallyHidden } from '../parts/visually-hidden';
import { Countdown } from '../parts/countdown';
import { ThemeRoot } from '../theme/theme-root';
import { useIsHydrated } from '../use-is-hydrated';
import { barcodeDetector } from './barcode-detector';
import { defaultQrApproveMessages, useQrApproveMessages, type QrApproveMessages } from './qr-approve-messages';
import { announcementOf, failureMessage, isRetryable } from './qr-approve-text';
import { useQrApprove, type UseQrApproveOptions } from './use-qr-approve';
import { useLocale } from '../use-locale';

const noClassNames: ClassNames = {};

// Its own chunk: downloaded only where BarcodeDetector exists and the person asks for the camera.
const CameraScanner = lazy(() => import('./camera-scanner'));

/** Props of `<QrApprove>`: the hook's options plus presentation. */
export interface QrApproveProps extends UseQrApproveOptions {
  /** UI language (`en`, `ru`, `es`, `ar`), loaded like `<SignInFlow locale>`; sets `dir` too. */
  locale?: string;
  /** Overrides of any message (on top of the locale's catalog). */
  messages?: Partial<QrApproveMessages>;
  /** Host classes per part. */
  classNames?: ClassNames;
  /** A theme from `createTheme()` for the component's own styling root. */
  theme?: Theme;
  /** Opt out of the package stylesheet (the root gets `data-unstyled`). */
  unstyled?: boolean;
  /** Writing direction; by default from `locale`. */
  dir?: 'ltr' | 'rtl';
  /** Level of the heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Offer "Scan with camera" where the browser has `BarcodeDetector`. Default true. */
  camera?: boolean;
}

/**
 * The signed-in phone's side of QR sign-in, inside `<SessionProvider>`: takes the code from the
 * page URL (`?channel=…`, what a phone camera opens), a pasted link or id, or the camera where the
 * browser has `BarcodeDetector`; shows the requesting IP, location and the time left as plain
 * text; then "Approve" (exactly one `POST /signin/tokens`) or "Deny". Each outcome has its own
 * message; nothing is retried by itself.
 *
 * @example
 * ```tsx
 * <SessionProvider client={client}>
 *   <QrApprove client={client} allowedOrigins={['https://portal.example']} />
 * </SessionProvider>
 * ```
 */
export function QrApprove(props: QrApproveProps) {
  const { locale, messages, classNames = noClassNames, theme, unstyled, headingLevel = 2, camera = true } = props;
  const approval = useQrApprove(props);
  const { state, isSignedIn } = approval;
  const catalog = useQrApproveMessages(locale);
  // Numbers and plurals in the tag the flow would choose (digits of `fa`, plural forms of `ru`).
  const tag = useLocale(locale);
  const m = useMemo<QrApproveMessages>(
    () => ({ ...defaultQrApproveMessages, ...catalog, ...messages }),
    [catalog, messages],
  );
  // The parts (Field, Button, Message) read their class names from the flow's context.
  const ui = useMemo<FlowUi>(
    () => ({ t: createTranslator(en), locale: locale ?? 'en', classNames, announce: () => {} }),
    [locale, classNames],
  );
  const dir = props.dir ?? (locale ? directionOf(locale) : undefined);
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}` as const;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Feature detection only once hydrated: the server render and the first client render agree.
  const canScan = useIsHydrated() && camera && barcodeDetector() !== null;
  const [isScanning, setScanning] = useState(false);
  const [cameraFailed, setCameraFailed] = useState(false);

  // The button that had focus may be gone after a change: keep focus inside the component.
  const lastStatus = useRef(state.status);
  useEffect(() => {
    if (lastStatus.current === state.status) return;
    lastStatus.current = state.status;
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus();
  }, [state.status]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    approval.open(inputRef.current?.value ?? '');
  };
  const startOver = () => {
    approval.reset();
    headingRef.current?.focus();
  };

  const inputError =
    state.status === 'idle' && state.inputError
      ? m[state.inputError === 'invalid' ? 'qrApprove.input.invalid' : 'qrApprove.input.foreignOrigin']
      : undefined;
  const isBusy = state.status === 'checking' || state.status === 'approving';

  const body = (() => {
    if (!isSignedIn && state.status !== 'approved') {
      return <Message tone="warning">{m['qrApprove.signedOut']}</Message>;
    }
    switch (state.status) {
      case 'idle':
        return (
          <>
            <p data-part="description" className={classNames.description}>
              {m['qrApprove.intro']}
            </p>
            <form data-part="form" className={classNames.form} onSubmit={submit} noValidate>
              <Field
                ref={inputRef}
                label={m['qrApprove.pasteLabel']}
                name="channel"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                inputMode="url"
                error={inputError}
              />
              <Button type="submit">{m['qrApprove.pasteSubmit']}</Button>
            </form>
            {canScan && !cameraFailed ? (
              isScanning ? (
                <>
                  <Suspense fallback={null}>
                    <CameraScanner
                      label={m['qrApprove.cameraLabel']}
                      className={classNames['qr-camera']}
                      onDetected={(value) => {
                        setScanning(false);
                        approval.open(value);
                      }}
                      onUnavailable={() => {
                        setScanning(false);
                        setCameraFailed(true);
                      }}
                    />
                  </Suspense>
                  <Button variant="secondary" onClick={() => setScanning(false)}>
                    {m['qrApprove.scanStop']}
                  </Button>
                </>
              ) : (
                <Button variant="secondary" onClick={() => setScanning(true)}>
                  {m['qrApprove.scan']}
                </Button>
              )
            ) : null}
            {cameraFailed ? <Message tone="info">{m['qrApprove.cameraUnavailable']}</Message> : null}
          </>
        );
      case 'checking':
        return (
          <Message tone="info">
            <span data-part="spinner" className={classNames.spinner} aria-hidden="true" /> {m['qrApprove.checking']}
          </Message>
        );
      case 'confirm':
      case 'approving':
        return (
          <>
            <SubHeading data-part="description" className={classNames.description}>
              {m['qrApprove.confirmTitle']}
            </SubHeading>
            <dl data-part="qr-details" className={classNames['qr-details']}>
              <dt>{m['qrApprove.ip']}</dt>
              {/* Server strings, isolated (<bdi>) and rendered by React as text, never as markup. */}
              <dd>
                <bdi>{state.ip ?? m['qrApprove.unknown']}</bdi>
              </dd>
              <dt>{m['qrApprove.location']}</dt>
              <dd>
                <bdi>{state.location ?? m['qrApprove.unknown']}</bdi>
              </dd>
              {state.expiresAt !== null ? (
                <>
                  <dt>{m['qrApprove.timeLeft']}</dt>
                  <dd>
                    <Countdown until={state.expiresAt} />
                  </dd>
                </>
              ) : null}
            </dl>
            <Message tone="warning">{m['qrApprove.warning']}</Message>
            <div data-part="footer" className={classNames.footer}>
              <Button isPending={state.status === 'approving'} onClick={approval.approve}>
                {state.status === 'approving' ? m['qrApprove.approving'] : m['qrApprove.approve']}
              </Button>
              <Button variant="secondary" disabled={state.status === 'approving'} onClick={approval.deny}>
                {m['qrApprove.deny']}
              </Button>
            </div>
          </>
        );
      case 'approved':
      case 'denied':
        return (
          <>
            <Message tone={state.status === 'approved' ? 'success' : 'info'}>
              {m[state.status === 'approved' ? 'qrApprove.approved' : 'qrApprove.denied']}
            </Message>
            <Button variant="secondary" onClick={startOver}>
              {m['qrApprove.scanAnother']}
            </Button>
          </>
        );
      case 'failed':
        return (
          <>
            <Message tone="error">{failureMessage(state, m, tag)}</Message>
            <div data-part="footer" className={classNames.footer}>
              {isRetryable(state.reason) && state.channelId !== null ? (
                <Button onClick={approval.retry}>{m['qrApprove.retry']}</Button>
              ) : null}
              <Button variant="secondary" onClick={startOver}>
                {m['qrApprove.scanAnother']}
              </Button>
            </div>
          </>
        );
      default:
        return state satisfies never;
    }
  })();

  return (
    <ThemeRoot theme={theme} unstyled={unstyled} dir={dir} lang={locale} className={classNames.root}>
      <FlowUiContext.Provider value={ui}>
        <section
          data-part="qr-approve"
          data-state={isSignedIn || state.status === 'approved' ? state.status : 'signed-out'}
          className={classNames['qr-approve']}
          aria-labelledby={headingId}
          aria-busy={isBusy}
        >
          <Heading id={headingId} ref={headingRef} tabIndex={-1} data-part="heading" className={classNames.heading}>
            {m['qrApprove.heading']}
          </Heading>
          {body}
          <div data-part="live-region" className={classNames['live-region']} role="status" aria-live="polite" style={visuallyHidden}>
            {isSignedIn ? announcementOf(state, m, tag) : ''}
          </div>
        </section>
      </FlowUiContext.Provider>
    </ThemeRoot>
  );
}
