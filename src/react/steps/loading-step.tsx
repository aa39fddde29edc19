import { useFlowUi, useParts } from '../flow-ui';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';

/**
 * Waiting for a restart's wizard (after a reset, a lock, an expired wizard, "Start again"; the
 * first wizard loads under the real credentials form instead). Under the heading, an inert
 * skeleton of the credentials form (same parts, no text, nothing focusable) holds the form's
 * space, so nothing shifts when the real form arrives.
 */
export function LoadingStep({ noticeMessage }: StepProps<'loading' | 'password-changed'>) {
  const { t } = useFlowUi();
  const p = useParts();
  const field = (wrapped: boolean) => {
    const input = <input {...p('input')} disabled tabIndex={-1} />;
    return (
      <div {...p('field')}>
        <span {...p('label')}>{'\u00a0'}</span>
        {wrapped ? (
          <div {...p('password-wrapper')}>
            {input}
            <button {...p('password-toggle')} type="button" disabled tabIndex={-1}>
              {'\u00a0'}
            </button>
          </div>
        ) : (
          input
        )}
      </div>
    );
  };
  return (
    <StepFrame kind="loading" heading={t('flow.loading')} notice={noticeMessage}>
      <div {...p('form')} data-state="skeleton" aria-hidden="true">
        {field(false)}
        {field(true)}
        <button {...p('button')} type="button" data-variant="primary" disabled tabIndex={-1}>
          {'\u00a0'}
        </button>
      </div>
    </StepFrame>
  );
}
