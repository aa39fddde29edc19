/**
 * The named parts of the sign-in UI. Each element the package renders carries
 * `data-part="<name>"`; the stylesheet selects on these, `classNames` adds a host class per
 * part, and README documents them. State goes in `data-state` / `data-step` / `data-tone` /
 * `data-variant` strings, never in extra part names.
 */
export const partNames = [
  /** The outermost element: carries `dir`, the theme's CSS variables and `data-theme`. */
  'root',
  /** The card surface around a step. */
  'card',
  'header',
  'logo',
  /** Each step's heading (the region's label); focus moves here on a step change when the step has no input. */
  'heading',
  'description',
  'body',
  'footer',
  /** The visually hidden polite live region. */
  'live-region',
  'form',
  'field',
  'label',
  /** The label and an action beside it ("Forgot password?" beside the password's label). */
  'label-row',
  'input',
  /** Wrapper of the password input and its show/hide toggle. */
  'password-wrapper',
  'password-toggle',
  'field-error',
  'hint',
  /** Buttons; `data-variant` = `primary | secondary | link`, `aria-busy` while pending. */
  'button',
  'spinner',
  /** Inline messages; `data-tone` = `error | info | success | warning`. */
  'message',
  /** The single 6-digit code input. */
  'code-input',
  /** A ticking countdown (lockout, resend); `data-state` = `running | done`. */
  'countdown',
  'method-list',
  'method-option',
  // later steps (issue 13)
  /** The method's icon inside a `method-option` button. */
  'method-icon',
  /** "client@example.com · Change" under the heading of every step after the credentials. */
  'signing-in-as',
  /** The live checklist of the password rules; each item carries `data-state` = `met | unmet`. */
  'password-rules',
  /** The locked step's large countdown with its caption. */
  'lock-timer',
  'divider',
  'recaptcha',
  /** The first screen's ways in: the form, the "or" divider and the QR slot (side by side on wide cards). */
  'methods',
  /** Holds the QR panel; `data-state` = `open | closed` (narrow cards show it after "Sign in with your phone"). */
  'qr-slot',
  /** QR panel parts. `qr-panel` carries `data-state` = `loading | showing | renewing | stopped | signing-in | error`. */
  'qr-panel',
  'qr-code',
  'qr-ring',
  'qr-origin',
  /** `<QrApprove>` (the phone's side): `data-state` = `idle | checking | confirm | approving | approved | denied | failed | signed-out`. */
  'qr-approve',
  /** The requesting IP, location and time left, as a description list. */
  'qr-details',
  /** The camera preview of the QR scanner. */
  'qr-camera',
  /** Session expiry notice. */
  'expiry-notice',
] as const;

/** One part name. */
export type PartName = (typeof partNames)[number];

/** Host class names per part: `classNames={{ button: 'btn btn-primary' }}`. */
export type ClassNames = Partial<Record<PartName, string>>;
