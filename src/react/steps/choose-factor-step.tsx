import { useState } from 'react';
import { useFlowUi, useParts } from '../flow-ui';
import { MethodIcon } from '../parts/method-icon';
import { SigningInAs } from '../parts/signing-in-as';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';

/**
 * Two or more second-factor methods: one large button per method (its icon and the server's
 * `localizedCaption`); a tap sends the choice at once. While it is on its way that button is
 * pending and the others are disabled. B2Core sends no masked phone or address with a
 * method, so none is shown.
 */
export function ChooseFactorStep({ step, flow, errorMessage, noticeMessage }: StepProps<'choose-factor'>) {
  const { t } = useFlowUi();
  const p = useParts();
  // Which button was tapped: the flow knows a choice is pending, not which one.
  const [chosen, setChosen] = useState<string | null>(null);
  const isPending = flow.pendingAction === 'choose-method';
  return (
    <StepFrame
      kind="choose-factor"
      heading={t('chooseFactor.heading')}
      description={t('chooseFactor.description')}
      notice={noticeMessage}
      error={errorMessage}
      signingInAs={<SigningInAs email={flow.email} onChange={flow.restart} />}
    >
      <ul {...p('method-list')}>
        {step.providers.map((provider) => {
          const isThis = isPending && chosen === provider.name;
          return (
            <li key={provider.name}>
              <button
                {...p('method-option')}
                type="button"
                data-variant={provider.name}
                data-state={isThis ? 'pending' : undefined}
                aria-busy={isThis || undefined}
                disabled={isPending && !isThis}
                onClick={() => {
                  if (isPending) return;
                  setChosen(provider.name);
                  void flow.chooseMethod(provider.name);
                }}
              >
                {isThis ? <span {...p('spinner')} aria-hidden="true" /> : <MethodIcon name={provider.name} />}
                {provider.localizedCaption}
              </button>
            </li>
          );
        })}
      </ul>
    </StepFrame>
  );
}
