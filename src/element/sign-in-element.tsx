/**
 * `<b2core-sign-in>`: `<SignInFlow>` in a shadow root, for pages that are not React. Attributes
 * carry the plain props, properties the objects, events report back (see ./events).
 */
import { createRoot, type Root } from 'react-dom/client';
import type { SignInClient, TokenPair } from '../core/client/types';
import type { UnknownStep } from '../core/flow/types';
import type { Messages } from '../i18n';
import type { RecaptchaAdapter } from '../react/recaptcha/types';
import { SignInFlow } from '../react/sign-in-flow';
import type { SignInFlowEvent } from '../react/use-sign-in-flow';
import type { Theme } from '../theme';
import type { ClassNames } from '../theme/parts';
import { attributeProps, colorSchemeOf, resolveTheme, signInAttributes, type SignInAttribute } from './attributes';
import { dispatchSignInEvent } from './events';
import { elementStyleSheets } from './stylesheets';

/** The properties a page may set before the element is defined (an own property then shadows the accessor). */
const upgradedProperties = ['client', 'theme', 'messages', 'recaptcha', 'classNames'] as const;

// Importing this module where there is no DOM (a server render) must not throw: the class
// then extends a stand-in and is never defined as an element.
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

/**
 * The `<b2core-sign-in>` element. Attributes: `base-url`, `locale`, `theme` (a preset name),
 * `color-scheme`, `dir`, `forgot-password-url`, `timeout-ms`, `resend-cooldown-seconds`,
 * `allow-framing`, `no-qr`. Properties: `client`, `theme`, `messages`, `recaptcha`,
 * `classNames`. Events: `b2s-signed-in`, `b2s-event`, `b2s-unknown-step`.
 *
 * @example
 * ```html
 * <script type="module" src="/b2core-sign-in/element/index.js"></script>
 * <b2core-sign-in base-url="https://my.broker.com" locale="en" theme="meadow"></b2core-sign-in>
 * <!-- a script file of the page (inline scripts break a strict CSP): -->
 * <!-- document.addEventListener('b2s-signed-in', (event) => session.start(event.detail)); -->
 * ```
 */
export class SignInElement extends ElementBase {
  static readonly observedAttributes: readonly SignInAttribute[] = signInAttributes;

  #client: SignInClient | undefined;
  #theme: Theme | string | undefined;
  #messages: Partial<Messages> | undefined;
  #recaptcha: RecaptchaAdapter | undefined;
  #classNames: ClassNames | undefined;
  /** The shadow root's single child, which React renders into. */
  readonly #container: HTMLDivElement;
  #root: Root | null = null;

  constructor() {
    super();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = elementStyleSheets();
    this.#container = document.createElement('div');
    shadow.replaceChildren(this.#container);
  }

  /** A ready client (tests, a shared instance); `base-url` and `timeout-ms` are then ignored. */
  get client(): SignInClient | undefined {
    return this.#client;
  }
  set client(value: SignInClient | undefined) {
    this.#client = value;
    this.#render();
  }

  /** A theme from `createTheme()`, or a preset's name; wins over the `theme` attribute. */
  get theme(): Theme | string | undefined {
    return this.#theme;
  }
  set theme(value: Theme | string | undefined) {
    this.#theme = value;
    this.#render();
  }

  /** Overrides for any message of the catalog. */
  get messages(): Partial<Messages> | undefined {
    return this.#messages;
  }
  set messages(value: Partial<Messages> | undefined) {
    this.#messages = value;
    this.#render();
  }

  /** The captcha provider (`createGoogleRecaptcha(siteKey)`), used when the wizard enables reCAPTCHA. */
  get recaptcha(): RecaptchaAdapter | undefined {
    return this.#recaptcha;
  }
  set recaptcha(value: RecaptchaAdapter | undefined) {
    this.#recaptcha = value;
    this.#render();
  }

  /** A class per part (for rules in the shadow root's adopted sheets; host CSS does not reach inside). */
  get classNames(): ClassNames | undefined {
    return this.#classNames;
  }
  set classNames(value: ClassNames | undefined) {
    this.#classNames = value;
    this.#render();
  }

  connectedCallback(): void {
    for (const name of upgradedProperties) this.#upgrade(name);
    this.#root ??= createRoot(this.#container);
    this.#render();
  }

  disconnectedCallback(): void {
    // A move (removed and inserted again in the same task) keeps the flow; a removal unmounts
    // it, which stops every request and timer the flow owns.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(): void {
    this.#render();
  }

  /** A property set before the element was defined is an own data property: move it behind the accessor. */
  #upgrade(name: (typeof upgradedProperties)[number]): void {
    if (!Object.hasOwn(this, name)) return;
    const value: unknown = this[name];
    delete (this as Partial<Record<typeof name, unknown>>)[name];
    (this as Record<typeof name, unknown>)[name] = value;
  }

  // Stable callbacks: a re-render for an attribute hands the flow the same functions.
  readonly #onSuccess = (tokens: TokenPair) => dispatchSignInEvent(this, 'b2s-signed-in', tokens);
  readonly #onEvent = (event: SignInFlowEvent) => dispatchSignInEvent(this, 'b2s-event', event);
  readonly #onUnknownStep = (step: UnknownStep) => dispatchSignInEvent(this, 'b2s-unknown-step', step);

  #render(): void {
    if (!this.#root) return;
    const { hasNoQr, ...props } = attributeProps((name) => this.getAttribute(name));
    const scheme = colorSchemeOf(this.getAttribute('color-scheme'));
    // The stylesheet's forced-scheme rule matches `[data-theme] [data-part="root"]`: an ancestor
    // inside the shadow root (the host page's own data-theme does not cross the boundary).
    if (scheme) this.#container.dataset.theme = scheme;
    else delete this.#container.dataset.theme;
    this.#root.render(
      <SignInFlow
        {...props}
        client={this.#client}
        theme={resolveTheme(this.#theme, this.getAttribute('theme'))}
        messages={this.#messages}
        recaptcha={this.#recaptcha}
        classNames={this.#classNames}
        qrPanel={hasNoQr ? null : undefined}
        onSuccess={this.#onSuccess}
        onEvent={this.#onEvent}
        onUnknownStep={this.#onUnknownStep}
      />,
    );
  }
}

