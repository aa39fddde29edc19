/**
 * Which keyboard layout is on, from what it types: pure, no state, and never handed a password
 * (the password field passes one key event's `key` at a time).
 */

/**
 * A letter (or a vowel sign: Thai, Devanagari) of a script other than Latin, or a full-width
 * Latin form (a Japanese or Chinese IME left in full-width mode). Digits, punctuation and
 * symbols belong to no script and never count.
 */
const otherLayout = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])[\p{L}\p{M}]|[\uFF01-\uFF5E]/u;

/** `true` when `text` has a character a Latin keyboard layout does not type (`'привет'`, `'مرحبا'`, `'ｍａｉｌ'`). */
export const hasNonLatinLetter = (text: string): boolean => otherLayout.test(text);

/** A key event's `key` that types one letter (not `Shift`, `Enter`, a digit or a symbol). */
export const isLetterKey = (key: string): boolean => [...key].length === 1 && /[\p{L}\p{M}]|[\uFF01-\uFF5E]/u.test(key);
