import { useFlowUi } from '../flow-ui';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';

/** Signed in; the host usually navigates away in `onSuccess`. */
export function SignedInStep(_props: StepProps<'signed-in'>) {
  return <StepFrame kind="signed-in" heading={useFlowUi().t('signedIn.heading')} />;
}
