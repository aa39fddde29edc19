import { useFlowUi, useParts } from '../flow-ui';
import { StepFrame } from '../parts/step-frame';

/**
 * Shown instead of any credential field when the flow is framed by another origin and the
 * host did not opt in with `allowFraming`: a link opens the same page in a tab of its own.
 */
export function FramedNotice() {
  const { t } = useFlowUi();
  const p = useParts();
  return (
    <StepFrame kind="framed" heading={t('framed.heading')} description={t('framed.description')}>
      <a {...p('button')} data-variant="primary" href={window.location.href} target="_blank" rel="noopener noreferrer">
        {t('framed.open')}
      </a>
    </StepFrame>
  );
}
