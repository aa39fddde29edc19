import type { ChangeEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useFlowUi } from '../flow-ui';
import { Field } from './field';

/**
 * One decimal digit of any script (Persian ۴, Arabic ٤, Thai ๔, Devanagari ४, full-width ４) as
 * its ASCII digit. Each script's digits are runs of ten code points from its zero.
 */
const toAsciiDigit = (digit: string): string => {
  const code = digit.codePointAt(0) ?? 0;
  let zero = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
};

/**
 * Digits only, at most `length`: a pasted "123 456" or "123-456" becomes "123456", and digits
 * typed on a Persian, Arabic, Thai or Hindi keyboard count as the digits they are.
 */
export const sanitizeCode = (value: string, length = 6): string =>
  value.replace(/\p{Nd}/gu, toAsciiDigit).replace(/\D/g, '').slice(0, length);

/** Props of {@link CodeField}. */
export interface CodeFieldProps {
  /** `register('code')` of the step's form. */
  registration: UseFormRegisterReturn;
  /** Called with the code when it reaches its full length: the step submits by itself. */
  onComplete(code: string): void;
  error?: string | undefined;
  disabled?: boolean;
  length?: number;
}

/**
 * One real input for a one-time code (`inputMode="numeric"`, `autocomplete="one-time-code"`),
 * so paste, autofill and SMS autofill all work. The input is part `code-input` (large digits,
 * always left-to-right). It stays uncontrolled: the sanitised value is
 * written to the DOM property, never to an attribute.
 */
export function CodeField({ registration, onComplete, error, disabled, length = 6 }: CodeFieldProps) {
  const { t, classNames } = useFlowUi();
  return (
    <Field
      {...registration}
      data-part="code-input"
      className={classNames['code-input']}
      label={t('field.code')}
      hint={t('verifyCode.hint')}
      error={error}
      disabled={disabled}
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="none"
      spellCheck={false}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        const input = event.target;
        const clean = sanitizeCode(input.value, length);
        if (clean !== input.value) input.value = clean;
        void registration.onChange(event);
        if (clean.length === length) onComplete(clean);
      }}
    />
  );
}
