import { lazySchemaResolver } from '../schema-resolver';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { hasNonLatinLetter } from '../keyboard/non-latin';
import { Field } from '../parts/field';
import { Message } from '../parts/message';
import { PasswordField } from '../parts/password-field';
import { ForgotPasswordLink } from '../parts/forgot-password-link';
import { StepFrame } from '../parts/step-frame';
import { useIsHydrated } from '../use-is-hydrated';
import { whenIdle } from '../when-idle';
import type { CredentialsValues as Values } from './credentials-schema';
import type { CredentialsStepProps } from './types';

/** The schema (and zod) load after first paint, when the page is idle, or at the first submit. */
const resolver = lazySchemaResolver(() => import('./credentials-schema').then((module) => module.credentialsSchema));

/**
 * Email + password (+ reCAPTCHA when the wizard enables it). Shown from the first render,
 * before the wizard answers: a submit then waits for it (the button is busy meanwhile). What
 * the wizard's options add (reCAPTCHA, "Forgot password?", the QR panel) arrives below the
 * submit button, so the fields never move. The form stays mounted through a failed submit and
 * a failed wizard, so the uncontrolled password keeps what was typed; the email comes back
 * from the flow after a restart.
 */
export function CredentialsStep({ step, flow, errorMessage, noticeMessage, recaptcha: Recaptcha, forgotPassword, qrPanel }: CredentialsStepProps) {
  const { t, locale, announce } = useFlowUi();
  const p = useParts();
  const errorId = useId();
  const form = useForm<Values>({ resolver, defaultValues: { email: flow.email, password: '' } });
  useEffect(() => whenIdle(() => void resolver.preload().catch(() => undefined)), []);
  const { errors } = form.formState;
  const needsCaptcha = step.options.isRecaptchaEnabled;
  // A token per submit: the widget remounts (new key) after every attempt.
  const [captcha, setCaptcha] = useState<{ key: number; token: string | null; state: 'ready' | 'failed' | 'missing' }>({
    key: 0,
    token: null,
    state: 'ready',
  });
  const isPending = flow.pendingAction === 'sign-in';
  // An email typed in another script (a Cyrillic or Arabic layout left on): suggest switching.
  const [isEmailOtherLayout, setEmailOtherLayout] = useState(false);
  const emailField = form.register('email', {
    onChange: (event: { target: { value: string } }) => {
      const isOther = hasNonLatinLetter(event.target.value);
      if (isOther && !isEmailOtherLayout) announce(t('hint.layoutEmail'));
      setEmailOtherLayout(isOther);
    },
  });
  const formRef = useRef<HTMLFormElement>(null);
  // Server HTML has no handlers: its submit stays disabled until hydration, so Enter cannot
  // send a native GET with the password in the URL. A client render is enabled at once.
  const isHydrated = useIsHydrated();
  // A submit made before the wizard answered, until the wizard says whether it needed a captcha.
  const [isAwaitingWizard, setAwaitingWizard] = useState(false);
  if (isAwaitingWizard && step.wizard !== 'loading') {
    // Adjusting state to the new step during render (React's documented pattern): the flow
    // sent nothing without a token, so ask for the check the wizard just turned on.
    setAwaitingWizard(false);
    if (needsCaptcha) setCaptcha((c) => (c.token ? c : { ...c, state: c.state === 'failed' ? 'failed' : 'missing' }));
  }

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    if (needsCaptcha && !captcha.token) {
      setCaptcha((c) => ({ ...c, state: c.state === 'failed' ? 'failed' : 'missing' }));
      return;
    }
    const submitted = flow.signIn({ email, password, recaptchaToken: captcha.token ?? undefined });
    // After the call: on a failed wizard, signIn has already asked for a new one (now loading).
    if (step.wizard !== undefined) setAwaitingWizard(true);
    if (needsCaptcha) setCaptcha((c) => ({ key: c.key + 1, token: null, state: 'ready' }));
    await submitted;
  });

  /** A new wizard under the same form; focus goes on where the person continues (this button leaves). */
  const retryWizard = () => {
    flow.restart();
    const { email, password } = form.getValues();
    if (!email || !password) form.setFocus(email ? 'password' : 'email');
    else formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  };

  // No widget at all (reCAPTCHA on, but no adapter or site key) reads as a load failure.
  const captchaFailed = captcha.state === 'failed' || !Recaptcha;
  const captchaError =
    captchaFailed ? t('recaptcha.loadFailed') : captcha.state === 'missing' ? t('recaptcha.required') : undefined;

  return (
    <StepFrame kind="credentials" heading={t('credentials.heading')} notice={noticeMessage} error={errorMessage} errorId={errorId}>
      <form {...p('form')} ref={formRef} noValidate onSubmit={onSubmit}>
        <Field
          {...emailField}
          label={t('field.email')}
          hint={isEmailOtherLayout ? t('hint.layoutEmail') : undefined}
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          aria-describedby={errorMessage ? errorId : undefined}
          error={translateIssue(t, errors.email?.message)}
        />
        <PasswordField
          {...form.register('password')}
          label={t('field.password')}
          autoComplete="current-password"
          aria-describedby={errorMessage ? errorId : undefined}
          error={translateIssue(t, errors.password?.message)}
        />
        <Button type="submit" isPending={isPending} disabled={!isHydrated}>
          {t('credentials.submit')}
        </Button>
        {step.wizard === 'failed' && (
          <Button variant="secondary" onClick={retryWizard}>
            {t('flow.retry')}
          </Button>
        )}
        {needsCaptcha && (
          <div {...p('recaptcha')} data-state={captchaFailed ? 'failed' : captcha.state}>
            {Recaptcha && !captchaFailed ? (
              <Recaptcha
                key={captcha.key}
                locale={locale}
                onToken={(token) => setCaptcha((c) => ({ ...c, token, state: 'ready' }))}
                onLoadError={() => setCaptcha((c) => ({ ...c, token: null, state: 'failed' }))}
              />
            ) : null}
            {captchaError && <Message tone="error">{captchaError}</Message>}
            {captchaFailed && (
              <Button variant="secondary" onClick={() => setCaptcha((c) => ({ key: c.key + 1, token: null, state: 'ready' }))}>
                {t('recaptcha.retry')}
              </Button>
            )}
          </div>
        )}
        {step.options.isPasswordRecoveryAvailable && <ForgotPasswordLink target={forgotPassword} />}
      </form>
      {qrPanel && (
        <>
          <div {...p('divider')} role="separator">{t('credentials.or')}</div>
          {qrPanel}
        </>
      )}
    </StepFrame>
  );
}
