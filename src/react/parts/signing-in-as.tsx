import { useFlowUi, useParts } from '../flow-ui';
import { visuallyHidden } from './visually-hidden';

/** Props of {@link SigningInAs}. */
export interface SigningInAsProps {
  /** The email the person signed in with (`flow.email`). Nothing renders when it is empty. */
  email: string;
  /** "Change": back to the first screen with the email kept (`flow.restart`). Omitted: no button (a lock cannot be left). */
  onChange?: (() => void) | undefined;
}

/**
 * "client@example.com · Change" above every step after the credentials, so the person knows
 * which account the code or the new password is for and has one way back. The address is
 * isolated (`<bdi dir="ltr">`): in Arabic or Hebrew it still reads left to right and does not
 * reorder the sentence around it.
 */
export function SigningInAs({ email, onChange }: SigningInAsProps) {
  const { t } = useFlowUi();
  const p = useParts();
  if (!email) return null;
  return (
    <p {...p('signing-in-as')}>
      <span style={visuallyHidden}>{t('signingInAs.label')} </span>
      <bdi dir="ltr">{email}</bdi>{' '}
      {onChange && (
        <button {...p('button')} type="button" data-variant="link" onClick={onChange}>
          {t('signingInAs.change')}
        </button>
      )}
    </p>
  );
}
