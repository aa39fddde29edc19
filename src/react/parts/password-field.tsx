import { forwardRef, useState } from 'react';
import { useFlowUi, useParts } from '../flow-ui';
import { useKeyboardHints } from '../keyboard/use-keyboard-hints';
import { Field, type FieldProps } from './field';
import { visuallyHidden } from './visually-hidden';

/** Props of {@link PasswordField}: a `Field` whose type the toggle controls. */
export type PasswordFieldProps = Omit<FieldProps, 'type' | 'trailing'>;

/** An eye, open (the password is hidden: press to show) or struck through (shown: press to hide). */
const eyeIcon = (isStruck: boolean) => (
  // Stroke width and caps come from the stylesheet; fill and stroke stay here so `unstyled` still draws an eye.
  <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" aria-hidden="true">
    <path d={`M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12Zm7 0a3 3 0 1 0 6 0 3 3 0 1 0-6 0${isStruck ? 'M4 4l16 16' : ''}`} />
  </svg>
);

/**
 * A password input with a show/hide toggle: a 44×44 eye button whose accessible name says what
 * a press does ("Show password", then "Hide password"; one pattern, the name switch, so no
 * `aria-pressed` beside it). Showing flips `type` only: the value stays in the uncontrolled
 * input and never reaches React state or a DOM attribute. While it has focus, a hint says when
 * Caps Lock is on or the keyboard types a non-Latin script (from key events, never from the value).
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(function PasswordField(props, ref) {
  const [isVisible, setVisible] = useState(false);
  const { t } = useFlowUi();
  const p = useParts();
  const keyboard = useKeyboardHints();
  return (
    <Field
      // A password is Latin-script text: left to right in every locale.
      dir="ltr"
      {...props}
      ref={ref}
      hint={keyboard.hint ?? props.hint}
      onKeyDown={(event) => {
        keyboard.onKeyDown(event);
        props.onKeyDown?.(event);
      }}
      onKeyUp={(event) => {
        keyboard.onKeyUp(event);
        props.onKeyUp?.(event);
      }}
      onPointerDown={(event) => {
        keyboard.onPointerDown(event);
        props.onPointerDown?.(event);
      }}
      onBlur={(event) => {
        keyboard.reset();
        props.onBlur?.(event);
      }}
      type={isVisible ? 'text' : 'password'}
      // Browsers must not spell-check or capitalise a visible password.
      spellCheck={false}
      autoCapitalize="none"
      trailing={
        <button
          {...p('password-toggle')}
          type="button"
          disabled={props.disabled}
          onClick={() => setVisible((v) => !v)}
        >
          {eyeIcon(isVisible)}
          {/* The name as hidden text, not aria-label: "label Password" queries (getByLabel) keep finding only the input. */}
          <span style={visuallyHidden}>{t(isVisible ? 'password.hide' : 'password.show')}</span>
        </button>
      }
    />
  );
});
