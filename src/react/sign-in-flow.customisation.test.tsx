import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeClient } from '../../test/fixtures/fake-client';
import type { RecaptchaProps } from './recaptcha/types';
import type { CredentialsStepProps } from './steps/types';
import { credentialsReady, expectNoAxeViolations, findShown, renderFlow } from '../../test/fixtures/render-flow';
import { useSignInFlow } from './use-sign-in-flow';

/** A fake captcha: a button that "solves" with a numbered token, or reports a load failure. */
function fakeCaptcha(options: { failLoads?: number } = {}) {
  let mounts = 0;
  let solved = 0;
  function FakeCaptcha({ onToken, onLoadError }: RecaptchaProps) {
    useEffect(() => {
      mounts++;
      if (options.failLoads && mounts <= options.failLoads) onLoadError();
    }, [onLoadError]);
    return (
      <button type="button" onClick={() => onToken(`captcha-token-${++solved}`)}>
        I am not a robot
      </button>
    );
  }
  return FakeCaptcha;
}

describe('reCAPTCHA adapter', () => {
  it('required when the wizard enables it; a fresh token per submit', async () => {
    const user = userEvent.setup();
    const client = createFakeClient().answer('wizard', 'wizard-login-recaptcha').answer('signIn', 'error-invalid-credentials');
    const onEvent = vi.fn();
    const { container } = renderFlow({ client, recaptcha: fakeCaptcha(), onEvent });
    await credentialsReady();
    // The wizard's answer turns the check on (under the form already shown).
    expect(await screen.findByRole('button', { name: 'I am not a robot' })).toBeInTheDocument();
    expect(onEvent.mock.calls.filter(([e]) => e.type === 'captcha-shown')).toHaveLength(1);
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await findShown('Complete the security check.')).toBeInTheDocument();
    expect(client.count('signIn')).toBe(0);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'I am not a robot' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await findShown('The email or password is incorrect.');
    // The widget was reset: no token until solved again.
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await findShown('Complete the security check.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I am not a robot' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    const tokens = client.calls.filter((c) => c.method === 'signIn').map((c) => (c.input as { recaptchaResponse?: string }).recaptchaResponse);
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(2);
    expect(tokens.every(Boolean)).toBe(true);
  });

  it('a script that fails to load: a clear message and a retry, the form still usable', async () => {
    const user = userEvent.setup();
    const client = createFakeClient().answer('wizard', 'wizard-login-recaptcha');
    const { container } = renderFlow({ client, recaptcha: fakeCaptcha({ failLoads: 1 }) });
    await credentialsReady();
    expect(await findShown("The security check couldn't load. Check your connection, then try again.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.type(screen.getByLabelText('Email'), 'client@example.com'); // still usable
    await user.click(screen.getByRole('button', { name: 'Load the security check again' }));
    await user.click(await screen.findByRole('button', { name: 'I am not a robot' }));
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
  });

  it('reCAPTCHA on but no adapter configured: the failure message, never a dead form', async () => {
    const client = createFakeClient().answer('wizard', 'wizard-login-recaptcha');
    renderFlow({ client });
    await credentialsReady();
    expect(await findShown("The security check couldn't load. Check your connection, then try again.")).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toBeEnabled();
  });
});

describe('locales and overrides', () => {
  it('Arabic loads on demand, right to left, with Arabic labels; axe clean', async () => {
    const { container } = renderFlow({ locale: 'ar' });
    expect(await screen.findByRole('heading', { name: 'تسجيل الدخول' })).toBeInTheDocument();
    const root = container.querySelector('[data-part="root"]');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(screen.getByLabelText('البريد الإلكتروني')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تسجيل الدخول' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('Russian and Spanish; `dir` overrides the locale; `messages` overrides any string', async () => {
    const { container, unmount } = renderFlow({ locale: 'ru-RU', dir: 'rtl', messages: { 'credentials.submit': 'Войти в кабинет' } });
    expect(await screen.findByRole('button', { name: 'Войти в кабинет' })).toBeInTheDocument();
    expect(screen.getByLabelText('Пароль')).toBeInTheDocument();
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('dir', 'rtl');
    unmount();
    renderFlow({ locale: 'es' });
    expect(await screen.findByLabelText('Correo electrónico')).toBeInTheDocument();
  });

  it('sends the locale as Accept-Language through the client it builds', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 500 }));
    vi.stubGlobal('fetch', fetch);
    try {
      render(<TestHook locale="es" />);
      await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
      const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe('https://broker.test/api/v2/my/signin/wizard');
      expect((init.headers as Record<string, string>)['Accept-Language']).toBe('es');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

function TestHook({ locale }: { locale: string }) {
  const flow = useSignInFlow({ baseUrl: 'https://broker.test/', locale });
  return <p>{flow.step.kind}</p>;
}

describe('components and classNames', () => {
  it('components replaces a step screen with typed props; classNames adds host classes per part', async () => {
    const user = userEvent.setup();
    function MyCredentials({ flow, step }: CredentialsStepProps) {
      return (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void flow.signIn({ email: 'client@example.com', password: 'Secret123!' });
          }}
        >
          <h2 data-part="heading">Custom {step.options.isQrAvailable ? 'with QR' : ''}</h2>
          <button type="submit">Go</button>
        </form>
      );
    }
    const { client, onSuccess, container } = renderFlow({
      components: { CredentialsStep: MyCredentials },
      classNames: { root: 'host-root', heading: 'host-heading', button: 'host-btn' },
    });
    expect(await screen.findByRole('heading', { name: 'Custom with QR' })).toBeInTheDocument();
    expect(container.querySelector('[data-part="root"]')).toHaveClass('host-root');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    const heading = await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(heading).toHaveClass('host-heading');
    expect(client.count('signIn')).toBe(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('every part carries a data-part from the part list', async () => {
    const { partNames } = await import('../theme/parts');
    const { container } = renderFlow({ forgotPasswordUrl: '/f' });
    await credentialsReady();
    const used = new Set([...container.querySelectorAll('[data-part]')].map((el) => el.getAttribute('data-part')));
    for (const part of used) expect(partNames).toContain(part);
    expect([...used]).toEqual(expect.arrayContaining(['root', 'card', 'heading', 'form', 'field', 'label', 'input', 'password-toggle', 'button', 'live-region']));
  });
});

describe('useSignInFlow (headless)', () => {
  it('runs the whole flow without markup of ours; one wizard request under StrictMode', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google');
    const onSuccess = vi.fn();
    let flow!: ReturnType<typeof useSignInFlow>;
    const capture = (latest: ReturnType<typeof useSignInFlow>) => {
      flow = latest;
    };
    function Headless({ onFlow }: { onFlow: typeof capture }) {
      const current = useSignInFlow({ client, onSuccess });
      useEffect(() => onFlow(current));
      return <output>{current.step.kind}</output>;
    }
    render(
      <StrictMode>
        <Headless onFlow={capture} />
      </StrictMode>,
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('credentials'));
    await act(() => flow.signIn({ email: 'google@example.com', password: 'Secret123!' }));
    expect(flow.step).toMatchObject({ kind: 'verify-code', method: 'google' });
    // A second call while one runs is dropped.
    let results: boolean[] = [];
    await act(async () => {
      results = await Promise.all([flow.verifyCode('123456'), flow.verifyCode('123456')]);
    });
    expect(results).toEqual([true, false]);
    expect(client.count('verifyGoogleCode')).toBe(1);
    expect(client.count('wizard')).toBe(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(flow.step.kind).toBe('signed-in');
  });
});
