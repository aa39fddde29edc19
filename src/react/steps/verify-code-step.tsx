import { useState } from 'react';
import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { CodeField } from '../parts/code-field';
import { CountdownText, timeSlot } from '../parts/countdown';
import { Message } from '../parts/message';
import { StepFrame } from '../parts/step-frame';
import { useCountdown } from '../use-countdown';
import type { StepProps } from './types';
import { useCodeForm } from './use-code-form';
import { useWebOtp } from './use-web-otp';
import { verifyCodeTexts } from './verify-code-texts';

/**
 * The 6-digit code of Google Authenticator or SMS: auto-submits at 6 digits (not again with a
 * refused code); SMS has "Resend code" behind a countdown and fills the code in by itself where
 * the browser supports WebOTP; "Use another method" when two or more methods are enabled.
 */
export function VerifyCodeStep({ step, flow, errorMessage, noticeMessage }: StepProps<'verify-code'>) {
  const { t, announce } = useFlowUi();
  const p = useParts();
  const { form, onSubmit, onComplete, fill, issue } = useCodeForm(flow.verifyCode);
  const [resends, setResends] = useState(0);
  const hasResent = resends > 0;
  useWebOtp(step.method === 'sms', fill, resends);
  const resendIn = useCountdown(step.resendAt);
  const { heading, description } = verifyCodeTexts(step, t);
  const resend = async () => {
    if (await flow.resendCode()) {
      setResends((n) => n + 1);
      announce(t('verifyCode.resent'));
      form.setFocus('code');
    }
  };
  return (
    <StepFrame kind="verify-code" heading={heading} description={description} notice={noticeMessage}>
      <form {...p('form')} noValidate onSubmit={onSubmit} data-variant={step.method}>
        <CodeField
          registration={form.register('code')}
          onComplete={onComplete}
          error={translateIssue(t, issue) ?? errorMessage ?? undefined}
        />
        <Button type="submit" isPending={flow.pendingAction === 'verify-code'}>
          {t('verifyCode.submit')}
        </Button>
      </form>
      {step.method === 'sms' && (
        <div {...p('footer')} data-variant="resend">
          {hasResent && resendIn > 0 && <Message tone="success">{t('verifyCode.resent')}</Message>}
          {resendIn > 0 ? (
            <p {...p('hint')}>
              <CountdownText text={t('verifyCode.resendIn', { time: timeSlot })} until={step.resendAt ?? 0} />
            </p>
          ) : null}
          <Button
            variant="secondary"
            disabled={resendIn > 0}
            isPending={flow.pendingAction === 'resend-code'}
            onClick={() => void resend()}
          >
            {t('verifyCode.resend')}
          </Button>
        </div>
      )}
      {step.providers.length > 1 && (
        <Button variant="link" onClick={flow.chooseAnotherMethod}>
          {t('verifyCode.anotherMethod')}
        </Button>
      )}
    </StepFrame>
  );
}
