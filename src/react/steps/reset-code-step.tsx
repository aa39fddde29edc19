import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { CodeField } from '../parts/code-field';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';
import { useCodeForm } from './use-code-form';

/** The admin forced a reset: the code emailed to the person (`reset_password_email`). */
export function ResetCodeStep({ flow, errorMessage, noticeMessage }: StepProps<'reset-code'>) {
  const { t } = useFlowUi();
  const p = useParts();
  const { form, onSubmit, onComplete, issue } = useCodeForm(flow.submitResetCode);
  return (
    <StepFrame kind="reset-code" heading={t('resetCode.heading')} description={t('resetCode.description')} notice={noticeMessage}>
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
