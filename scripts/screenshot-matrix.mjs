/**
 * What `npm run screenshots` photographs (scripts/screenshots.mjs), as data. Story ids are
 * Storybook's: `<title>--<export>` in kebab case (`SignInFlow/States` + `InvalidCredentials` →
 * `signinflow-states--invalid-credentials`).
 *
 * The matrix is every story below plus every story tagged `screenshots` (a new story joins by
 * adding the tag), each × viewport × colour scheme × locale.
 */

/** Stories with this tag join the matrix without being listed here. */
export const tag = 'screenshots';

/** Viewport name → CSS pixels (device scale factor 1 everywhere: small files, same pixels anywhere). */
export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true },
};

/** The preview's `scheme` global (and the page's `prefers-color-scheme`). */
export const schemes = ['light', 'dark'];

/** The preview's `locale` global: English, a right-to-left one and a long Cyrillic one. */
export const locales = ['en', 'ar', 'ru'];

/**
 * The states the matrix must cover, each by an existing story: the run fails, naming the state,
 * when one is missing from the built Storybook (unless `--filter` leaves it out). `viewports`
 * limits a state to some of them. Other stories join by tag.
 */
export const states = [
  { state: 'first screen (form and QR side by side on a desktop, phone button on a phone)', story: 'signinflow-first-screen--desktop' },
  { state: 'first screen, phone with the QR opened', story: 'signinflow-first-screen--phone-qr-opened', viewports: ['phone'] },
  { state: 'wrong-password field error', story: 'signinflow-first-screen--wrong-password' },
  { state: 'choose method (one tap, icons)', story: 'signinflow-later-steps--chooser-with-icons' },
  { state: 'SMS code step (resend counting)', story: 'signinflow-later-steps--sms-resend-counting' },
  { state: 'authenticator code step', story: 'signinflow-states--verify-google-code' },
  { state: 'reset code (masked address)', story: 'signinflow-later-steps--reset-code-masked-address' },
  { state: 'new password (live checklist)', story: 'signinflow-later-steps--new-password-checklist' },
  { state: 'locked (countdown)', story: 'signinflow-later-steps--locked-on-password' },
  { state: 'maintenance', story: 'signinflow-person-at-the-keyboard--maintenance' },
  { state: 'QR scanned: the confirmation in the QR tile', story: 'signinflow-first-screen--scanned-confirmation' },
  { state: 'QR scanned: confirm on the phone', story: 'qr-qrapprove--confirm' },
  { state: 'unknown step', story: 'signinflow-states--unknown-step' },
  { state: 'error step (wizard failed to load)', story: 'signinflow-states--wizard-load-failed' },
  { state: 'signed-in demo portal', story: 'demo-portal--signed-in' },
];

/**
 * Theme review, on top of the matrix: these stories in each other preset (light and dark) and
 * once with forced colours (Windows high contrast); desktop, English. Written as
 * `en/<scheme>/desktop/<story>--<preset>.png` and `en/light/desktop/<story>--forced-colors.png`.
 */
export const themeChecks = {
  stories: ['parts-gallery--resting'],
  presets: ['midnight', 'meadow'],
  forcedColors: true,
};

/**
 * `--readme`: the README's images, written to docs/screenshots/. `crop: 'card'` keeps the
 * card (`[data-part="card"]`) and a margin around it; otherwise the whole viewport.
 */
export const readme = [
  { file: 'first-screen-desktop.png', story: 'signinflow-first-screen--desktop', viewport: 'desktop', scheme: 'light', locale: 'en', crop: 'card' },
  { file: 'code-step-phone.png', story: 'signinflow-later-steps--sms-resend-counting', viewport: 'phone', scheme: 'light', locale: 'en' },
  { file: 'dark.png', story: 'signinflow-first-screen--desktop', viewport: 'desktop', scheme: 'dark', locale: 'en', crop: 'card' },
];

/** The README images must stay small (bytes). */
export const readmeMaxBytes = 150 * 1024;
