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
import { errorFields } from '../error-fields';
import { whenIdle } from '../when-idle';
import type { CredentialsValues as Values } from './credentials-schema';
import type { CredentialsStepProps } from './types';

/** The schema (and zod) load after first paint, when the page is idle, or at the first submit. */
const resolver = lazySchemaResolver(() => import('./credentials-schema').then((module) => module.credentialsSchema));
const fieldNames = ['email', 'password'] as const;

/**
 * Email + password (+ reCAPTCHA when the wizard enables it). Shown from the first render,
 * before the wizard answers: a submit then waits for it (the button is busy meanwhile). What
 * the wizard's options add arrives where it moves nothing: "Forgot password?" on the password
 * label's row, reCAPTCHA below the submit button, the QR panel beside the form on a wide card
 * (a "Sign in with your phone" button below it on a narrow one: the code is for a second
 * device). The form stays mounted through a failed submit and a failed wizard, so the
 * uncontrolled password keeps what was typed; the email comes back from the flow after a
 * restart. An error about the fields (wrong credentials, a server `details[].field`) shows under
 * the field, marks the fields invalid and selects the password; any other error shows in the banner.
 */
export function CredentialsStep({ step, flow, errorMessage, noticeMessage, recaptcha: Recaptcha, forgotPassword, qrPanel }: CredentialsStepProps) {
  const { t, locale, announce, appName } = useFlowUi();
  const p = useParts();
  const errorId = useId();
  const fieldErrorId = useId();
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

  // An error about the fields goes under them; the banner keeps what no field can fix.
  const invalidFields = errorMessage ? errorFields(flow.error, fieldNames) : [];
  const messageField = invalidFields.at(-1);
  useEffect(() => {
    // Wrong credentials: the password is what most often needs retyping, selected so typing replaces it.
    if (messageField) form.setFocus(messageField, { shouldSelect: true });
    // Each new error object; `form` is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow.error]);
  const fieldError = (name: (typeof fieldNames)[number]) => (messageField === name && errorMessage ? errorMessage : undefined);
  const describedBy = (name: (typeof fieldNames)[number]) =>
    messageField && messageField !== name ? fieldErrorId : errorMessage && !messageField ? errorId : undefined;

  // No widget at all (reCAPTCHA on, but no adapter or site key) reads as a load failure.
  const captchaFailed = captcha.state === 'failed' || !Recaptcha;
  const captchaError =
    captchaFailed ? t('recaptcha.loadFailed') : captcha.state === 'missing' ? t('recaptcha.required') : undefined;

  return (
    <StepFrame
      kind="credentials"
      heading={t('credentials.heading')}
      description={appName ? t('credentials.subtitle', { name: appName }) : undefined}
      notice={noticeMessage}
      error={messageField ? null : errorMessage}
      errorId={errorId}
    >
      <div {...p('methods')}>
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
            // An address is left to right in every locale ("sms@example.com", not ".sms@example").
            dir="ltr"
            aria-describedby={describedBy('email')}
            error={translateIssue(t, errors.email?.message) ?? fieldError('email')}
            errorId={messageField === 'email' ? fieldErrorId : undefined}
            isInvalid={invalidFields.includes('email')}
          />
          <PasswordField
            {...form.register('password')}
            label={t('field.password')}
            labelAction={step.options.isPasswordRecoveryAvailable ? <ForgotPasswordLink target={forgotPassword} /> : null}
            autoComplete="current-password"
            aria-describedby={describedBy('password')}
            error={translateIssue(t, errors.password?.message) ?? fieldError('password')}
            errorId={messageField === 'password' ? fieldErrorId : undefined}
            isInvalid={invalidFields.includes('password')}
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
        </form>
        {qrPanel}
      </div>
    </StepFrame>
  );
}
