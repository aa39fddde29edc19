import { useEffect, useRef, useState } from 'react';
import { formatDuration } from '../src/i18n/format';
import { SessionExpiryNotice, useSession } from '../src/react/session';
import { portalMessages, type PortalMessages } from './portal-messages';
import './portal.css';

/** Reads the JWT payload (not verified: display only; the server checks tokens). */
function payloadOf(token: string): { email?: string; sub?: string } {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as { email?: string; sub?: string };
  } catch {
    return {};
  }
}

/** `m:ss` until `deadline`, ticking once a second; the clock is read in the effect, not in render. */
function useTimeLeft(deadline: number | null, locale: string): string {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return now === null || deadline === null ? '–' : formatDuration((deadline - now) / 1000, locale);
}

/** Placeholder figures: the demo has no trading back end. */
const accounts = [
  { id: '7001 2384', type: 'live', currency: 'USD', balance: 12_480.55 },
  { id: '7001 2391', type: 'demo', currency: 'USD', balance: 100_000 },
  { id: 'W-5520', type: 'wallet', currency: 'EUR', balance: 2_350.1 },
] as const satisfies readonly { id: string; type: keyof PortalMessages; currency: string; balance: number }[];

const summary = [
  { label: 'balance', value: 14_830.65, currency: 'USD' },
  { label: 'equity', value: 15_102.4, currency: 'USD' },
  { label: 'freeMargin', value: 11_920, currency: 'USD' },
  { label: 'openPositions', value: 3 },
] as const satisfies readonly { label: keyof PortalMessages; value: number; currency?: string }[];

/** Props of {@link Portal}. */
export interface PortalProps {
  locale: string;
  /** Called after "Sign out" (the local sign-out has already happened). */
  onSignedOut(): void;
}

/**
 * The demo "broker portal" after sign-in: a header with the brand, who is signed in and
 * "Sign out"; account summary cards and a placeholder accounts table; the session's state with
 * an authorized call. Painted with the package's `--b2s-*` tokens (demo/demo.css), so it follows
 * the theme and the colour scheme. Its heading takes focus when it appears, so keyboard and
 * screen reader users start on the new page.
 */
export function Portal({ locale, onSignedOut }: PortalProps) {
  const { state, tokens, snapshot, authFetch, signOut } = useSession();
  const m = portalMessages(locale);
  const { email, sub } = tokens ? payloadOf(tokens.accessToken.token) : {};
  const timeLeft = useTimeLeft(snapshot.accessExpiresAt, locale);
  const [profile, setProfile] = useState<string>('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const money = (value: number, currency: string) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  const loadProfile = async () => {
    // authFetch adds the Bearer token; on a 401 it refreshes once and replays.
    const response = await authFetch('/api/v2/my/profile').catch(() => null);
    setProfile(response?.ok ? JSON.stringify(await response.json()) : `${m.profileFailed} (${response?.status ?? 'network'})`);
  };
  return (
    <div className="portal">
      <header className="portal-header">
        <span className="portal-brand">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
            <rect width="24" height="24" rx="6" fill="currentColor" />
            <path d="M6 15l4-4 3 3 5-6" fill="none" stroke="var(--b2s-color-primary-fg)" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span>{m.brand}</span>
        </span>
        <span className="portal-user">
          <span data-testid="who">{email ?? 'unknown'}</span>
          <button
            type="button"
            className="portal-button"
            onClick={() => {
              // Local sign-out happens at once (every tab), whatever the network says.
              void signOut();
              onSignedOut();
            }}
          >
            {m.signOut}
          </button>
        </span>
      </header>
      <main className="portal-main" aria-labelledby="portal-heading">
        <SessionExpiryNotice locale={locale} />
        <div className="portal-title">
          <h1 id="portal-heading" ref={heading} tabIndex={-1}>
            {m.heading}
          </h1>
          <p className="portal-muted">
            {m.signedInAs} <strong>{email ?? 'unknown'}</strong> · {m.client} #{sub ?? '?'}
          </p>
        </div>

        <section aria-labelledby="portal-summary" className="portal-section">
          <h2 id="portal-summary">{m.summary}</h2>
          <ul className="portal-cards">
            {summary.map((item) => (
              <li key={item.label} className="portal-card">
                <span className="portal-muted">{m[item.label]}</span>
                <strong className="portal-figure">
                  {'currency' in item ? money(item.value, item.currency) : new Intl.NumberFormat(locale).format(item.value)}
                </strong>
              </li>
            ))}
          </ul>
          <p className="portal-muted portal-small">{m.demoFigures}</p>
        </section>

        <section aria-labelledby="portal-accounts" className="portal-section">
          <h2 id="portal-accounts">{m.accounts}</h2>
          <div className="portal-panel portal-scroll">
            <table className="portal-table">
              <thead>
                <tr>
                  <th scope="col">{m.account}</th>
                  <th scope="col">{m.type}</th>
                  <th scope="col">{m.currency}</th>
                  <th scope="col" className="portal-number">
                    {m.accountBalance}
                  </th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.id}>
                    <th scope="row">
                      <bdi>{account.id}</bdi>
                    </th>
                    <td>
                      <span className="portal-badge" data-type={account.type}>
                        {m[account.type]}
                      </span>
                    </td>
                    <td>{account.currency}</td>
                    <td className="portal-number">{money(account.balance, account.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="portal-session" className="portal-section">
          <h2 id="portal-session">{m.session}</h2>
          <div className="portal-panel">
            <dl className="portal-facts">
              <div>
                <dt>{m.sessionState}</dt>
                <dd>
                  <code data-testid="session-state">{state}</code>
                </dd>
              </div>
              <div>
                <dt>{m.renewsIn}</dt>
                <dd>{timeLeft}</dd>
              </div>
            </dl>
            <p>
              <button type="button" className="portal-button" onClick={() => void loadProfile()}>
                {m.callProfile}
              </button>{' '}
              <output aria-live="polite" className="portal-output">
                {profile}
              </output>
            </p>
          </div>
        </section>
      </main>
    </div>
  );
}
