import { useId } from 'react';
import { checkPasswordRules, type PasswordRule, type PasswordRules } from '../../core/password-rules';
import type { MessageKey } from '../../i18n';
import { useFlowUi, useParts } from '../flow-ui';
import { visuallyHidden } from './visually-hidden';

const labels = {
  minLength: 'passwordRules.minLength',
  digit: 'passwordRules.digit',
  letter: 'passwordRules.letter',
  uppercase: 'passwordRules.uppercase',
  symbol: 'passwordRules.symbol',
} as const satisfies Record<PasswordRule, MessageKey>;

/** Props of {@link PasswordChecklist}. */
export interface PasswordChecklistProps {
  rules: PasswordRules;
  /** What is typed (from react-hook-form's `useWatch`: never from a DOM attribute). */
  password: string;
  /** Id of the list, for the field's `aria-describedby`. */
  id?: string;
}

/**
 * The server's password rules, shown before the first submit and ticked off as the person
 * types (`data-state` = `met | unmet` per item). Each item says "met" or "not met" in words
 * too (visually hidden), so the state does not rest on the tick mark or colour alone. Not a
 * live region: the field describes itself by it, and a screen reader is not interrupted at
 * every keystroke.
 */
export function PasswordChecklist({ rules, password, id }: PasswordChecklistProps) {
  const { t } = useFlowUi();
  const p = useParts();
  const headingId = useId();
  const results = checkPasswordRules(password, rules);
  if (results.length === 0) return null;
  return (
    <div {...p('password-rules')} id={id}>
      <p id={headingId}>{t('passwordRules.heading')}</p>
      <ul aria-labelledby={headingId}>
        {results.map(({ rule, isMet }) => (
          <li key={rule} data-state={isMet ? 'met' : 'unmet'}>
            {t(labels[rule], { count: rules.minLength })}
            <span style={visuallyHidden}>, {t(isMet ? 'passwordRules.met' : 'passwordRules.unmet')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
