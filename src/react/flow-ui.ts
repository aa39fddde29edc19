/**
 * What every part and step reads from the surrounding `<SignInFlow>`: the translator, the
 * host's class names and the live-region announcer. Outside a flow it falls back to English
 * with no classes, so parts and steps also work on their own (stories, custom screens).
 */
import { createContext, useContext } from 'react';
import { en, format, type MessageKey, type Messages } from '../i18n';
import type { ClassNames, PartName } from '../theme/parts';
import type { SignInSlots } from './theme';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface FlowUi {
  t: Translate;
  /** The language tag shown (the `locale` prop or the browser's best match): `Intl` formats in it. */
  locale: string;
  classNames: ClassNames;
  /** Says `text` through the flow's polite live region. */
  announce(text: string): void;
  /** Logo, header and footer content around every step. */
  slots?: SignInSlots | undefined;
  /** The host's name, for "to continue to {name}" under the first heading. */
  appName?: string | undefined;
}

/**
 * `catalog[key]` when the catalog itself holds it: a key named like an `Object.prototype`
 * member (`constructor`, `toString`) never reads the inherited function.
 */
const own = (catalog: Partial<Messages> | undefined, key: string): string | undefined =>
  catalog && Object.hasOwn(catalog, key) ? catalog[key as MessageKey] : undefined;

/** A translator over a catalog with the host's overrides on top; numbers and plurals in `locale`. */
export function createTranslator(messages: Messages, overrides?: Partial<Messages>, locale = 'en'): Translate {
  return (key, vars) => format(own(overrides, key) ?? own(messages, key) ?? own(en, key) ?? key, vars, locale);
}

export const FlowUiContext = createContext<FlowUi>({
  t: createTranslator(en),
  locale: 'en',
  classNames: {},
  announce: () => {},
});

export const useFlowUi = (): FlowUi => useContext(FlowUiContext);

/** Attributes that make an element a styled part: `data-part` and the host's class. */
export type PartProps = { 'data-part': PartName; className: string | undefined };

/** Returns `p(name)`, the attributes of part `name` with the host's class. */
export function useParts(): (name: PartName) => PartProps {
  const { classNames } = useFlowUi();
  return (name) => ({ 'data-part': name, className: classNames[name] });
}

/** Translates a validation message when it is a catalog key (schemas carry keys), else shows it as is. */
export function translateIssue(t: Translate, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return Object.hasOwn(en, message) ? t(message as MessageKey) : message;
}
