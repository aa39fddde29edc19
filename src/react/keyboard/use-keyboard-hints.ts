import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useFlowUi } from '../flow-ui';
import { hasNonLatinLetter, isLetterKey } from './non-latin';

/** What {@link useKeyboardHints} gives a secret field: handlers to spread and the hint to show. */
export interface KeyboardHints {
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  onKeyUp(event: KeyboardEvent<HTMLInputElement>): void;
  onPointerDown(event: PointerEvent<HTMLInputElement>): void;
  /** Call on blur: the hints are about the focused field only. */
  reset(): void;
  /** The hint text (already translated), or `undefined` when there is nothing to say. */
  hint: string | undefined;
}

/**
 * Caps Lock and keyboard-layout hints for a password field, from key and pointer events only:
 * `getModifierState('CapsLock')` and the script of each key's `key`. The value is never read
 * and nothing is stored beyond two booleans. Caps Lock turning on is also announced politely.
 */
export function useKeyboardHints(): KeyboardHints {
  const { t, announce } = useFlowUi();
  const [isCapsLock, setCapsLock] = useState(false);
  const [isOtherLayout, setOtherLayout] = useState(false);
  const updateCapsLock = (event: KeyboardEvent | PointerEvent) => {
    const isOn = event.getModifierState('CapsLock');
    // Said once when it turns on, not on every key.
    if (isOn && !isCapsLock) announce(t('hint.capsLock'));
    setCapsLock(isOn);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    updateCapsLock(event);
    // Only a key that types a letter says which layout is on; Shift, digits and Enter say nothing.
    if (isLetterKey(event.key)) setOtherLayout(hasNonLatinLetter(event.key));
  };
  const hint = [isCapsLock && t('hint.capsLock'), isOtherLayout && t('hint.layoutPassword')].filter(Boolean).join(' ');
  return {
    onKeyDown: onKey,
    onKeyUp: onKey,
    onPointerDown: updateCapsLock,
    reset: () => {
      setCapsLock(false);
      setOtherLayout(false);
    },
    hint: hint || undefined,
  };
}
