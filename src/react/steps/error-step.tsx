import { useFlowUi } from '../flow-ui';
import { Button } from '../parts/button';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';

/** The wizard could not be loaded: what went wrong, and "Try again". */
export function ErrorStep({ flow, errorMessage }: StepProps<'error'>) {
  const { t } = useFlowUi();
  return (
    <StepFrame kind="error" heading={t('error.heading')} error={errorMessage}>
      <Button onClick={flow.restart}>{t('flow.retry')}</Button>
    </StepFrame>
  );
}
