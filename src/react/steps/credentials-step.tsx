import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { Field } from '../parts/field';
import { Message } from '../parts/message';
import { PasswordField } from '../parts/password-field';
import { ForgotPasswordLink } from '../parts/forgot-password-link';
import { StepFrame } from '../parts/step-frame';
import type { CredentialsStepProps } from './types';

/** Messages are catalog keys, translated where they are shown. */
const schema = z.object({
  email: z.string().check(
    z.trim(),
    z.minLength(1, 'validation.emailRequired'),
    z.regex(/^[^\s@]+@[^\s@]+$/, 'validation.emailInvalid'),
  ),
  password: z.string().check(z.minLength(1, 'validation.passwordRequired')),
});
type Values = z.infer<typeof schema>;

/**
 * Email + password (+ reCAPTCHA when the wizard enables it). The form stays mounted through a
 * failed submit, so the uncontrolled password keeps what was typed; the email comes back from
 * the flow after a restart.
 */
export function CredentialsStep({ step, flow, errorMessage, noticeMessage, recaptcha: Recaptcha, forgotPassword, qrPanel }: CredentialsStepProps) {
  const { t, locale } = useFlowUi();
  const p = useParts();
  const errorId = useId();
  const form = useForm<Values>({ resolver: standardSchemaResolver(schema), defaultValues: { email: flow.email, password: '' } });
  const { errors } = form.formState;
  const needsCaptcha = step.options.isRecaptchaEnabled;
  // A token per submit: the widget remounts (new key) after every attempt.
  const [captcha, setCaptcha] = useState<{ key: number; token: string | null; state: 'ready' | 'failed' | 'missing' }>({
    key: 0,
    token: null,
    state: 'ready',
  });
  const isPending = flow.pendingAction === 'sign-in';

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    if (needsCaptcha && !captcha.token) {
      setCaptcha((c) => ({ ...c, state: c.state === 'failed' ? 'failed' : 'missing' }));
      return;
    }
    const submitted = flow.signIn({ email, password, recaptchaToken: captcha.token ?? undefined });
    if (needsCaptcha) setCaptcha((c) => ({ key: c.key + 1, token: null, state: 'ready' }));
    await submitted;
  });

  // No widget at all (reCAPTCHA on, but no adapter or site key) reads as a load failure.
  const captchaFailed = captcha.state === 'failed' || !Recaptcha;
  const captchaError =
    captchaFailed ? t('recaptcha.loadFailed') : captcha.state === 'missing' ? t('recaptcha.required') : undefined;

  return (
    <StepFrame kind="credentials" heading={t('credentials.heading')} notice={noticeMessage} error={errorMessage} errorId={errorId}>
      <form {...p('form')} noValidate onSubmit={onSubmit}>
        <Field
          {...form.register('email')}
          label={t('field.email')}
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
        <Button type="submit" isPending={isPending}>
          {t('credentials.submit')}
        </Button>
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
