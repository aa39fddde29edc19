import { Fragment, lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FlowNotice, Step } from '../core/flow/types';
import type { PasswordRules } from '../core/password-rules';
import { directionOf, en, errorMessage, type MessageKey, type Messages } from '../i18n';
import type { Theme } from '../theme';
import type { ClassNames } from '../theme/parts';
import { createTranslator, FlowUiContext, type FlowUi } from './flow-ui';
import type { RecaptchaAdapter } from './recaptcha/types';
import { CredentialsStep } from './steps/credentials-step';
import { ErrorStep } from './steps/error-step';
import {
  chooseFactorStep,
  lockedStep,
  newPasswordStep,
  preloadLaterSteps,
  resetCodeStep,
  unknownStep,
  verifyCodeStep,
} from './steps/later-steps';
import { LoadingStep } from './steps/loading-step';
import { SignedInStep } from './steps/signed-in-step';
import { StepLoadBoundary } from './steps/step-load-boundary';
import type { ForgotPassword, StepComponents } from './steps/types';
import { whenIdle } from './when-idle';
import { themeStyle, type SignInSlots } from './theme';
import { ThemeLogoContext } from './theme/theme-logo-context';
import { useUndefinedThemeWarning } from './theme/use-undefined-theme-warning';
import { useLocale } from './use-locale';
import { useMessages } from './use-messages';
import { useSignInFlow, type SignInFlowController, type UseSignInFlowOptions } from './use-sign-in-flow';
import { visuallyHidden } from './parts/visually-hidden';
import { useIsCrossOriginFramed } from './framing';
import { FramedNotice } from './steps/framed-notice';

/** Props of {@link SignInFlow}. */
export interface SignInFlowProps extends UseSignInFlowOptions {
  /**
   * UI language, one of `supportedLocales` (regional tags fall back to their base: `es-MX` →
   * `es`, `zh-TW` → `zh-Hant`). Default: the best match of `navigator.languages`, chosen after
   * hydration (`en` on the server). Sent as `Accept-Language`, also through a given `client`.
   */
  locale?: string;
  /** Overrides for any message of the catalog. */
  messages?: Partial<Messages>;
  /** Writing direction; by default from the locale (`ar` → `rtl`). */
  dir?: 'ltr' | 'rtl';
  /**
   * A theme from `createTheme()` (CSS variables on the root). Without one the root carries no
   * variables and no theme code is bundled: the stylesheet's tokens are the default look.
   * Changing it re-renders the root (and the logo, when it changed), never a step.
   */
  theme?: Theme;
  /**
   * Opt out of the package stylesheet for this flow: the root carries `data-unstyled` and no
   * package rule matches inside it; style the parts through `classNames` or `[data-part]`.
   *
   * The stylesheet itself is a file the host links once: `import 'b2core-sign-in/styles.css'`
   * (no inline `<style>`: strict CSP works, server HTML is styled before hydration, browsers
   * cache it). To get its text instead (a shadow root, say), ask the bundler, e.g. in Vite
   * `import css from 'b2core-sign-in/styles.css?inline'`.
   */
  unstyled?: boolean;
  /** A host class per part. */
  classNames?: ClassNames;
  /** Logo, header and footer content around every step. */
  slots?: SignInSlots;
  /** Replace any step's screen. */
  components?: Partial<StepComponents>;
  /** The captcha provider (`createGoogleRecaptcha(siteKey)`, or your own). Used only when the wizard enables reCAPTCHA. */
  recaptcha?: RecaptchaAdapter;
  /** Where "Forgot password?" leads (shown when the wizard allows recovery). */
  forgotPasswordUrl?: string;
  /** Runs on "Forgot password?" instead of following `forgotPasswordUrl`. */
  onForgotPassword?: () => void;
  /**
   * The QR sign-in panel beside the credentials form, shown when the wizard offers QR. By
   * default the package's `QrPanel`, loaded lazily; `null` hides it; a function receives the
   * flow (hand the result to `flow.receiveTokens` / `flow.receiveStep`).
   */
  qrPanel?: ReactNode | ((flow: SignInFlowController) => ReactNode);
  /**
   * Render inside a frame of another origin. Off by default: there the flow shows a notice
   * with a link to a tab of its own instead of any credential field (clickjacking). Send
   * `Content-Security-Policy: frame-ancestors 'self'` from your server as well.
   */
  allowFraming?: boolean;
  /** A class on the root element (beside `classNames.root`). */
  className?: string;
  /**
   * The broker's or app's name, shown under the first heading: "to continue to {name}"
   * (message `credentials.subtitle`). None: no subtitle.
   */
  appName?: string;
  /**
   * `inline` (default): the root is a plain block and paints nothing around the card, so the
   * host's page shows. `page`: the root is the whole sign-in page (`data-layout="page"`): it
   * paints `--b2s-color-backdrop` (dark in dark mode), fills the viewport's height and centres
   * the card. The host's `<body>` is never styled either way.
   */
  layout?: 'inline' | 'page';
  /**
   * The rules your server enforces on a new password, shown as a live checklist on the
   * forced-reset screen (B2Core does not send them). Without it only the server's own
   * messages appear, after a refused submit. The simulator's: `simulatorPasswordRules`.
   */
  passwordRules?: PasswordRules;
}

// The QR panel (and qrcode.react) is its own chunk, fetched only when a wizard offers QR. The
// panel's module, not the `./qr` entry: that one also carries the phone's <QrApprove>.
const QrPanel = /* @__PURE__ */ lazy(() => import('./qr/qr-panel').then((module) => ({ default: module.QrPanel })));
// The QR's place on the first screen ("or", the phone button, the slot) is in the same chunk.
const QrSection = /* @__PURE__ */ lazy(() => import('./qr/qr-panel').then((module) => ({ default: module.QrSection })));

// The first screens (and the error step, which a failed chunk falls back to) are in the entry;
// the later ones are lazy chunks (./steps/later-steps). Host overrides replace either kind.
const defaultComponents: StepComponents = {
  LoadingStep,
  CredentialsStep,
  ChooseFactorStep: chooseFactorStep.Component,
  VerifyCodeStep: verifyCodeStep.Component,
  ResetCodeStep: resetCodeStep.Component,
  NewPasswordStep: newPasswordStep.Component,
  LockedStep: lockedStep.Component,
  SignedInStep,
  UnknownStep: unknownStep.Component,
  ErrorStep,
};

/** The steps whose default screen is a lazy chunk (see `defaultComponents`). */
const lazyKinds: ReadonlySet<Step['kind']> = new Set(['choose-factor', 'verify-code', 'reset-code', 'new-password', 'locked', 'unknown']);

/** What a step chunk that did not load is shown as: a network failure, with "Try again". */
const stepLoadError: Step & { kind: 'error' } = {
  kind: 'error',
  error: { kind: 'network', status: null, serverCode: null, serverMessage: null, details: [], retryAfterSeconds: null },
};

const noticeKeys = {
  'wizard-expired': 'notice.wizardExpired',
  'password-changed': 'notice.passwordChanged',
  'lock-ended': 'notice.lockEnded',
  'maintenance-ended': 'notice.maintenanceEnded',
} as const satisfies Record<FlowNotice, MessageKey>;

/** A stable default, so the UI context does not change on every render. */
const noClassNames: ClassNames = {};

/** Shown while the locale's catalog loads; one object, so the memoised screen stays put. */
const loadingStep: Step & { kind: 'loading' } = { kind: 'loading' };

/** The step's first control a person types into (not the hidden username for password managers). */
const firstInput = '[data-part="body"] input:not([hidden], :disabled)';

/** The step's identity for focus and announcements: a new code method, or a lock's new reason, is a new screen. */
const screenOf = (step: Step): string =>
  step.kind === 'verify-code' ? `${step.kind}:${step.method}` : step.kind === 'locked' ? `${step.kind}:${step.reason}` : step.kind;

/**
 * The whole B2Core sign-in: shows the credentials form at once (server render included) while
 * it loads the wizard, once, then the screen for each step, with errors, lockout, restarts and
 * the forced password reset handled. A submit before the wizard has answered waits for it.
 *
 * @example
 * ```tsx
 * <SignInFlow baseUrl="https://my.broker.com" locale="es" onSuccess={(tokens) => session.start(tokens)} />
 * ```
 */
export function SignInFlow(props: SignInFlowProps) {
  const { messages: overrides, theme, unstyled, classNames = noClassNames, slots, components, recaptcha, qrPanel } = props;
  const { forgotPasswordUrl, onForgotPassword, appName, passwordRules } = props;
  const flow = useSignInFlow(props);
  const isFramed = useIsCrossOriginFramed();
  useUndefinedThemeWarning(props);
  const locale = useLocale(props.locale);
  const catalog = useMessages(locale);
  const rootRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // `onEvent` is read when the QR panel reports, so a new callback identity re-renders nothing.
  const latestProps = useRef(props);
  useEffect(() => {
    latestProps.current = props;
  });

  // No theme in here: a theme change must not reach the steps through this context.
  const ui = useMemo<FlowUi>(
    () => ({
      t: createTranslator(catalog ?? en, overrides, locale),
      locale,
      classNames,
      slots,
      appName,
      // Identical text twice would not be re-announced: vary it invisibly.
      announce: (text) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text)),
    }),
    [catalog, overrides, locale, classNames, slots, appName],
  );
  const { t, announce } = ui;
  const qrMessages = useMemo(() => ({ ...(catalog ?? en), ...overrides }), [catalog, overrides]);
  const error = flow.error ? errorMessage(flow.error, t) : null;
  const notice = flow.notice ? t(noticeKeys[flow.notice]) : null;
  const step: Step = catalog ? flow.step : loadingStep;
  const screen = screenOf(step);

  // The later screens' chunks: fetched once the page is idle, and again (if that failed) when a
  // request that may lead to one is sent, so each is in by the time the answer is.
  useEffect(() => whenIdle(() => void preloadLaterSteps()), []);
  useEffect(() => {
    if (flow.pendingAction) void preloadLaterSteps();
  }, [flow.pendingAction]);

  // On every step change: focus the step's first empty input (the code, the new password: the
  // numeric keypad and the one-time-code suggestion come up at once), or its heading when it
  // has none, and announce the heading. Not on the first screen: loading a page must not steal focus.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (step.kind === 'loading' || shown.current === screen) return;
    const isFirst = shown.current === null;
    shown.current = screen;
    if (isFirst) return;
    const heading = rootRef.current?.querySelector<HTMLElement>('[data-part="heading"]');
    // The first empty one: a kept email sends focus on to the password.
    const inputs = [...(rootRef.current?.querySelectorAll<HTMLInputElement>(firstInput) ?? [])];
    (inputs.find((input) => !input.value) ?? inputs[0] ?? heading)?.focus();
    announce([heading?.textContent, notice].filter(Boolean).join('. '));
    // Only a new screen triggers this; `notice` is read as it is at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [screen]);
  useEffect(() => {
    if (error) announce(error);
    // Each new error object is announced, even with the same text as the last.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow.error]);

  // The screen is memoised on what it shows: a render of the root for anything else (a new
  // theme, a new `onSuccess` closure) hands React the same element, and no step re-renders.
  const body = useMemo(() => {
    const C = { ...defaultComponents, ...components };
    const base = { flow, errorMessage: error, noticeMessage: notice };
    const forgotPassword: ForgotPassword | null =
      forgotPasswordUrl || onForgotPassword ? { href: forgotPasswordUrl, onClick: onForgotPassword } : null;
    const panel =
      qrPanel === undefined ? (
        <Suspense fallback={null}>
          <QrPanel
            client={flow.client}
            onSignedIn={flow.receiveTokens}
            onStep={flow.receiveStep}
            classNames={classNames}
            messages={qrMessages}
            locale={locale}
            headingLevel={3}
            onStatusChange={(status) => {
              if (status === 'signing-in') latestProps.current.onEvent?.({ type: 'qr-scanned' });
              if (status === 'stopped') latestProps.current.onEvent?.({ type: 'qr-expired' });
            }}
          />
        </Suspense>
      ) : typeof qrPanel === 'function' ? (
        qrPanel(flow)
      ) : (
        qrPanel
      );
    const qrSlot = panel ? (
      <Suspense fallback={null}>
        <QrSection>{panel}</QrSection>
      </Suspense>
    ) : null;
    const content = (() => {
      switch (step.kind) {
        case 'loading':
        case 'password-changed':
          return <C.LoadingStep {...base} step={step} />;
        case 'credentials':
          return (
            <C.CredentialsStep
              {...base}
              step={step}
              recaptcha={recaptcha ?? null}
              forgotPassword={forgotPassword}
              qrPanel={step.options.isQrAvailable ? qrSlot : null}
            />
          );
        case 'choose-factor':
          return <C.ChooseFactorStep {...base} step={step} />;
        case 'verify-code':
          return <C.VerifyCodeStep {...base} step={step} />;
        case 'reset-code':
          return <C.ResetCodeStep {...base} step={step} />;
        case 'new-password':
          return <C.NewPasswordStep {...base} step={step} passwordRules={passwordRules} />;
        case 'locked':
          return (
            <C.LockedStep
              {...base}
              step={step}
              forgotPassword={forgotPassword}
              qrPanel={qrSlot}
            />
          );
        case 'signed-in':
          return <C.SignedInStep {...base} step={step} />;
        case 'unknown':
          return <C.UnknownStep {...base} step={step} />;
        case 'error':
          // The wizard's own failure lives on the step (no form to keep an error on).
          return <C.ErrorStep {...base} errorMessage={errorMessage(step.error, t)} step={step} />;
        default:
          return step satisfies never;
      }
    })();
    // A later screen whose chunk is still on its way shows the loading screen in the same card;
    // one that failed to load shows the error step, whose "Try again" imports it again.
    const failed = (retry: () => void) => (
      <C.ErrorStep {...base} errorMessage={errorMessage(stepLoadError.error, t)} step={stepLoadError} flow={{ ...flow, restart: retry }} />
    );
    // Keyed by screen: a new step gets a fresh form; a failed submit keeps the same one. The first
    // screens stay out of any Suspense boundary: inside one, React would hydrate the server's
    // credentials form later than the rest (selective hydration), leaving it inert meanwhile.
    return (
      <Fragment key={screen}>
        {lazyKinds.has(step.kind) ? (
          <StepLoadBoundary failed={failed}>
            <Suspense fallback={<C.LoadingStep {...base} step={loadingStep} />}>{content}</Suspense>
          </StepLoadBoundary>
        ) : (
          content
        )}
      </Fragment>
    );
  }, [step, screen, flow, error, notice, t, components, recaptcha, forgotPasswordUrl, onForgotPassword, passwordRules, qrPanel, classNames, qrMessages, locale]);

  const isFramingRefused = isFramed && !props.allowFraming;

  return (
    <div
      ref={rootRef}
      data-part="root"
      data-step={step.kind}
      data-theme={theme && theme.colorScheme !== 'system' ? theme.colorScheme : undefined}
      data-unstyled={unstyled ? '' : undefined}
      data-layout={props.layout}
      dir={props.dir ?? directionOf(locale)}
      lang={locale}
      className={[classNames.root, props.className].filter(Boolean).join(' ') || undefined}
      style={themeStyle(theme)}
    >
      <FlowUiContext.Provider value={ui}>
        <ThemeLogoContext.Provider value={theme?.logo}>{isFramingRefused ? <FramedNotice /> : body}</ThemeLogoContext.Provider>
      </FlowUiContext.Provider>
      <div data-part="live-region" className={classNames['live-region']} role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
        {announcement}
      </div>
    </div>
  );
}
