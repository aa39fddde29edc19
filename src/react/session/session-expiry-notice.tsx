import { directionOf } from '../../i18n/locales';
import { formatDuration } from '../../i18n/format';
import type { Theme } from '../../theme';
import type { ClassNames } from '../../theme/parts';
import { ThemeRoot } from '../theme/theme-root';
import { useUndefinedThemeWarning } from '../theme/use-undefined-theme-warning';
import { useMessages } from '../use-messages';
import { defaultSessionMessages, type SessionMessages } from './session-messages';
import { useLocale } from '../use-locale';
import { useNow } from '../use-now';
import { useSession } from './use-session';

/** Props of `<SessionExpiryNotice>`. */
export interface SessionExpiryNoticeProps {
  /** UI language, chosen and loaded like `<SignInFlow locale>` (default: the browser's); sets `dir` too. */
  locale?: string;
  /** Overrides of any message (on top of the locale's catalog). */
  messages?: Partial<SessionMessages>;
  /** Host classes per part (`expiry-notice`, `message`, `button`). */
  classNames?: ClassNames;
  /** Called after "Stay signed in" extended the session. */
  onExtend?: () => void;
  /** Also show "Your session has ended" once it ended (idle, or nothing can renew it). Default true. */
  showEnded?: boolean;
  /** A theme from `createTheme()` for the notice's own styling root. */
  theme?: Theme;
  /** Opt out of the package stylesheet (the root gets `data-unstyled`). */
  unstyled?: boolean;
  /** Writing direction; by default from `locale`. */
  dir?: 'ltr' | 'rtl';
}

/**
 * "Your session ends in 2:00 — Stay signed in": shown from the expiry warning until the end,
 * for portals that time out idle sessions (`idleTimeout`) or whose tokens cannot be renewed.
 * Renders nothing otherwise. Must be inside `<SessionProvider>`. It usually sits in the portal,
 * outside any sign-in flow, so it brings its own styling root (`ThemeRoot`): with
 * `b2core-sign-in/styles.css` linked it is styled wherever it is placed.
 *
 * @example
 * ```tsx
 * <SessionProvider client={client} idleTimeout={15 * 60_000}>
 *   <SessionExpiryNotice />
 *   <App />
 * </SessionProvider>
 * ```
 */
export function SessionExpiryNotice(props: SessionExpiryNoticeProps) {
  const { messages, classNames, onExtend, showEnded = true, theme, unstyled } = props;
  const { snapshot, extend } = useSession();
  useUndefinedThemeWarning(props);
  const locale = useLocale(props.locale);
  const catalog = useMessages(locale);
  const text = { ...defaultSessionMessages, ...catalog, ...messages };
  const dir = props.dir ?? directionOf(locale);
  const deadline = snapshot.isEndingSoon ? snapshot.endsAt : null;
  // Seconds left, once the clock has been read (never during render).
  const now = useNow(deadline !== null);
  const seconds = deadline === null || now === null ? null : Math.max(0, (deadline - now) / 1000);

  const hasEnded =
    (snapshot.state === 'expired' &&
      (snapshot.reason === 'no-refresh-token' || snapshot.reason === 'refresh-token-expired')) ||
    (snapshot.state === 'signed-out' && snapshot.reason === 'idle');

  if (hasEnded && showEnded) {
    return (
      <ThemeRoot theme={theme} unstyled={unstyled} dir={dir} className={classNames?.root}>
        <div data-part="expiry-notice" data-state="ended" role="status" dir={dir} className={classNames?.['expiry-notice']}>
          <p data-part="message" data-tone="warning" className={classNames?.message}>
            {text['session.ended']}
          </p>
        </div>
      </ThemeRoot>
    );
  }
  // Shown once the countdown has its first reading, so it is never announced without a time.
  if (!snapshot.isEndingSoon || seconds === null) return null;

  const [before = '', after = ''] = text['session.endsIn'].split('{time}');
  return (
    <ThemeRoot theme={theme} unstyled={unstyled} dir={dir} className={classNames?.root}>
      <div data-part="expiry-notice" data-state="ending" role="status" dir={dir} className={classNames?.['expiry-notice']}>
        <p data-part="message" data-tone="warning" className={classNames?.message}>
          {before}
          {/* role=timer is not announced on every tick; the status region announces the notice once. */}
          <span role="timer">{formatDuration(seconds, locale)}</span>
          {after}
        </p>
        {snapshot.canExtend ? (
          <button
            type="button"
            data-part="button"
            data-variant="primary"
            className={classNames?.button}
            onClick={() => {
              extend();
              onExtend?.();
            }}
          >
            {text['session.staySignedIn']}
          </button>
        ) : null}
      </div>
    </ThemeRoot>
  );
}
