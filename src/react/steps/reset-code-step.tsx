import { maskEmail } from '../../core/mask-email';
import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { CodeField } from '../parts/code-field';
import { timeSlot } from '../parts/countdown';
import { SigningInAs } from '../parts/signing-in-as';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';
import { useCodeForm } from './use-code-form';

/**
 * The admin forced a reset: the code emailed to the person (`reset_password_email`). Says
 * where it went (the address typed, masked: `c•••t@example.com`).
 */
export function ResetCodeStep({ flow, errorMessage, noticeMessage }: StepProps<'reset-code'>) {
  const { t } = useFlowUi();
  const p = useParts();
  const { form, onSubmit, onComplete, issue } = useCodeForm(flow.submitResetCode);
  return (
    <StepFrame
      kind="reset-code"
      heading={t('resetCode.heading')}
      description={flow.email ? <SentTo text={t('resetCode.sentTo', { email: timeSlot })} email={maskEmail(flow.email)} /> : t('resetCode.description')}
      notice={noticeMessage}
      signingInAs={<SigningInAs email={flow.email} onChange={flow.restart} />}
    >
      <form {...p('form')} noValidate onSubmit={onSubmit}>
        <CodeField
          registration={form.register('code')}
          onComplete={onComplete}
          error={translateIssue(t, issue) ?? errorMessage ?? undefined}
        />
        <Button type="submit" isPending={flow.pendingAction === 'reset-code'}>
          {t('resetCode.submit')}
        </Button>
      </form>
    </StepFrame>
  );
}

/** The sentence with the masked address in its slot, isolated left to right (it stays readable in Arabic or Hebrew). */
function SentTo({ text, email }: { text: string; email: string }) {
  const [before, after = ''] = text.split(timeSlot);
  return (
    <>
      {before}
      <bdi dir="ltr">{email}</bdi>
      {after}
    </>
  );
}
