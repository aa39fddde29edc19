import { useState } from 'react';
import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { CodeField } from '../parts/code-field';
import { Message } from '../parts/message';
import { SigningInAs } from '../parts/signing-in-as';
import { StepFrame } from '../parts/step-frame';
import { ResendLine } from './resend-line';
import type { StepProps } from './types';
import { useCodeForm } from './use-code-form';
import { useWebOtp } from './use-web-otp';
import { verifyCodeTexts } from './verify-code-texts';

/**
 * The 6-digit code of Google Authenticator or SMS: auto-submits at 6 digits (not again with a
 * refused code); SMS has one "Didn't get it? Resend code" line behind a countdown and fills the
 * code in by itself where the browser supports WebOTP; "Use another method" when two or more
 * methods are enabled.
 */
export function VerifyCodeStep({ step, flow, errorMessage, noticeMessage }: StepProps<'verify-code'>) {
  const { t, announce } = useFlowUi();
  const p = useParts();
  const { form, onSubmit, onComplete, fill, issue } = useCodeForm(flow.verifyCode);
  const [resends, setResends] = useState(0);
  useWebOtp(step.method === 'sms', fill, resends);
  const { heading, description } = verifyCodeTexts(step, t);
  const resend = async () => {
    const isSent = await flow.resendCode();
    if (isSent) {
      setResends((n) => n + 1);
      announce(t('verifyCode.resent'));
    }
    // The link gave way to the countdown either way: focus goes back to the code.
    form.setFocus('code');
  };
  return (
    <StepFrame
      kind="verify-code"
      heading={heading}
      description={description}
      notice={noticeMessage}
      signingInAs={<SigningInAs email={flow.email} onChange={flow.restart} />}
    >
      <form {...p('form')} noValidate onSubmit={onSubmit} data-variant={step.method}>
        <CodeField
          registration={form.register('code')}
          onComplete={onComplete}
          error={translateIssue(t, issue) ?? errorMessage ?? undefined}
        />
        {resends > 0 && <Message tone="success">{t('verifyCode.resent')}</Message>}
        <Button type="submit" isPending={flow.pendingAction === 'verify-code'}>
          {t('verifyCode.submit')}
        </Button>
      </form>
      {(step.method === 'sms' || step.providers.length > 1) && (
        <div {...p('footer')} data-variant="resend">
          {step.method === 'sms' && (
            <ResendLine resendAt={step.resendAt} isPending={flow.pendingAction === 'resend-code'} onResend={() => void resend()} />
          )}
          {step.providers.length > 1 && (
            <Button variant="link" onClick={flow.chooseAnotherMethod}>
              {t('verifyCode.anotherMethod')}
            </Button>
          )}
        </div>
      )}
    </StepFrame>
  );
}
