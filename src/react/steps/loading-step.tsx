import { useFlowUi } from '../flow-ui';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';

/** Waiting for a wizard (first load, restart, signing in again after a reset). */
export function LoadingStep({ noticeMessage }: StepProps<'loading' | 'password-changed'>) {
  const { t } = useFlowUi();
  return <StepFrame kind="loading" heading={t('flow.loading')} notice={noticeMessage} />;
}
