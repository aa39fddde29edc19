import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignInClient } from '../core/client/create-client';
import { SignInError } from '../core/client/errors';
import type { SignInClient } from '../core/client/types';
import { createFakeClient } from '../../test/fixtures/fake-client';
import { expectNoAxeViolations, renderFlow } from '../../test/fixtures/render-flow';
import { SignInFlow } from './sign-in-flow';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A client whose every request is recorded and answered 500 (the wizard fails: enough to see headers). */
function recordingClient() {
  const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response('{}', { status: 500 }));
  const client = createSignInClient({ baseUrl: 'https://broker.test', locale: 'en', fetch });
  const languages = () => fetch.mock.calls.map(([, init]) => (init?.headers as Record<string, string>)['Accept-Language']);
  return { client, fetch, languages };
}

/** Stubs the browser's language list (navigator is read-only in happy-dom). */
const browserLanguages = (languages: string[]) =>
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages as unknown as readonly string[] & string[]);

const rootOf = (container: HTMLElement) => container.querySelector('[data-part="root"]');

/** `<SignInFlow>` under StrictMode over a real client (`renderFlow` takes scripted ones). */
const renderWithClient = (client: SignInClient, locale?: string) =>
  render(
    <StrictMode>
      <SignInFlow client={client} locale={locale} qrPanel={null} onSuccess={() => undefined} />
    </StrictMode>,
  );

describe('locale of the UI and of requests', () => {
  it('a given client sends the flow’s locale as Accept-Language', async () => {
    const { client, fetch, languages } = recordingClient();
    renderWithClient(client, 'ru');
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(languages()).toEqual(['ru']);
    expect(await screen.findByRole('button', { name: 'Войти' })).toBeInTheDocument();
  });

  it('without `locale`, the best match of navigator.languages drives text, lang, dir and Accept-Language', async () => {
    const spy = browserLanguages(['sv-SE', 'zh-TW', 'en']);
    const { client, fetch, languages } = recordingClient();
    const { container } = renderWithClient(client);
    expect(await screen.findByRole('button', { name: '登入' })).toBeInTheDocument();
    expect(screen.getByLabelText('密碼')).toBeInTheDocument();
    expect(rootOf(container)).toHaveAttribute('lang', 'zh-TW');
    expect(rootOf(container)).toHaveAttribute('dir', 'ltr');
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(languages()).toEqual(['zh-TW']);
    spy.mockRestore();
  });

  it('Persian is right-to-left with Persian digits in the lockout countdown, and stays axe-clean', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const client = createFakeClient().answer(
      'signIn',
      new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 299, serverMessage: null }, '/signin'),
    );
    const { container } = renderFlow({ client, locale: 'fa' });
    await user.type(await screen.findByLabelText('ایمیل'), 'client@example.com');
    await user.type(screen.getByLabelText('رمز عبور'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'ورود' }));
    await screen.findByRole('heading', { name: 'تعداد تلاش‌ها بیش از حد مجاز است' });
    expect(rootOf(container)).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('[data-part="countdown"]')).toHaveTextContent(/^۴:(۵۹|۵۸)$/);
    await expectNoAxeViolations(container);
  });

  it('server render and hydration speak `en`; the browser’s language follows after hydration, with no mismatch', async () => {
    const client = createFakeClient();
    const flow = <SignInFlow client={client} qrPanel={null} onSuccess={() => undefined} />;
    const spy = browserLanguages(['de-DE', 'en']);
    const html = renderToString(flow);
    expect(html).toContain('lang="en"');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const root = await act(async () => hydrateRoot(container, flow, { onRecoverableError: recoverable }));
    expect(await screen.findByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
    expect(rootOf(container)).toHaveAttribute('lang', 'de-DE');
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
    spy.mockRestore();
  });
});

describe('SignInFlow without a client', () => {
  it('the client it builds sends the negotiated locale too', async () => {
    const spy = browserLanguages(['pt-PT']);
    const fetch = vi.fn(async () => new Response('{}', { status: 500 }));
    vi.stubGlobal('fetch', fetch);
    render(<SignInFlow baseUrl="https://broker.test" qrPanel={null} onSuccess={() => undefined} />);
    expect(await screen.findByRole('button', { name: 'Entrar' })).toBeInTheDocument();
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('pt-PT');
    spy.mockRestore();
  });
});
