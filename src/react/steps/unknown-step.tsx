import { useFlowUi } from '../flow-ui';
import { Button } from '../parts/button';
import { SigningInAs } from '../parts/signing-in-as';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';

/** An admin-added step this package cannot show: a designed fallback with a restart. */
export function UnknownStep({ flow }: StepProps<'unknown'>) {
  const { t } = useFlowUi();
  return (
    <StepFrame
      kind="unknown"
      heading={t('unknown.heading')}
      description={t('unknown.description')}
      // "Start again" below already goes back: no second "Change".
      signingInAs={<SigningInAs email={flow.email} />}
    >
      <Button onClick={flow.restart}>{t('flow.restart')}</Button>
    </StepFrame>
  );
}
