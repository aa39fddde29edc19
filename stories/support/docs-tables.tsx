/**
 * Tables for the docs pages, read from the sources so they never drift: the CSS variables
 * straight from tokens.css, the parts from src/theme/parts.ts.
 */
import tokensCss from '../../src/theme/tokens.css?raw';
import { partNames, type PartName } from '../../src/theme';

/** `--name: value` pairs of the default (light) token block, in file order. */
export function defaultTokens(): { name: string; value: string }[] {
  const block = tokensCss.slice(tokensCss.indexOf('{', tokensCss.indexOf('@layer components.b2s.tokens {') + 29) + 1);
  const body = block.slice(0, block.indexOf('\n  }'));
  return [...body.matchAll(/(--b2s-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => ({ name: m[1]!, value: m[2]!.trim() }));
}

const cell = { padding: '6px 10px', borderBlockEnd: '1px solid #e2e6ed', textAlign: 'start', verticalAlign: 'top' } as const;

/** The variables whose names match `filter`, with their defaults. */
export function VariablesTable({ filter }: { filter?: string }) {
  const pattern = filter ? new RegExp(filter) : null;
  const rows = defaultTokens().filter((t) => !pattern || pattern.test(t.name));
  return (
    <table style={{ borderCollapse: 'collapse', inlineSize: '100%', fontSize: 13 }}>
      <thead>
        <tr>
          <th style={cell}>Variable</th>
          <th style={cell}>Default</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => (
          <tr key={t.name}>
            <td style={cell}>
              <code>{t.name}</code>
            </td>
            <td style={cell}>
              <code>{t.value}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What each part is and the state attributes it carries. */
export const partDocs: Record<PartName, string> = {
  root: 'Outermost element: `dir`, `lang`, the theme’s variables, `data-step`; `data-theme` forces a scheme.',
  card: 'The surface of a step; `data-step` names the step.',
  header: 'Logo, header slot, heading and description.',
  logo: 'The theme’s logo image (or the `logo` slot).',
  heading: 'Each step’s heading, the region’s label; focus moves here on a step change when the step has no input.',
  description: 'Text under the heading.',
  body: 'Messages and the step’s content.',
  footer: 'The `footer` slot, and the SMS resend area (`data-variant="resend"`).',
  'live-region': 'Visually hidden polite live region (announcements).',
  form: 'A step’s `<form>`.',
  field: 'Label, input, hint and error; `data-state="invalid"`.',
  label: 'A field’s `<label>`.',
  'label-row': 'A label with an action on the same row (“Forgot password?” beside “Password”).',
  input: 'Text, email and password inputs (`aria-invalid` when wrong).',
  'password-wrapper': 'Password input plus its show/hide toggle (drawn as one field).',
  'password-toggle': 'The 44×44 eye button; its name switches between “Show password” and “Hide password”.',
  'field-error': 'A field’s error text (linked by `aria-describedby`).',
  hint: 'Help text under a field.',
  button: '`data-variant` = `primary | secondary | link`; `aria-busy` and `data-state="pending"` while a request runs.',
  spinner: 'Busy indicator (inside a pending button, or on its own).',
  message: 'Inline message; `data-tone` = `error | info | success | warning`.',
  'code-input': 'The one-time-code input (`autocomplete="one-time-code"`, numeric, always left to right).',
  countdown: 'A ticking `m:ss` `<time>`; `data-state` = `running | done`.',
  'method-list': 'The second-factor choice (a `<ul>` of buttons).',
  'method-option': 'One method: a large button (icon and caption) that sends the choice at once; `aria-busy` while it is sent.',
  // later steps (issue 13)
  'method-icon': 'A method’s icon (`data-variant` = `authenticator | sms | email | generic`), decorative.',
  'signing-in-as': '“client@example.com · Change” under the heading of every step after the credentials.',
  'password-rules': 'The live checklist of the password rules; each `li` has `data-state` = `met | unmet`.',
  'lock-timer': 'The locked step’s large countdown and its caption (`data-variant` = the lock’s reason).',
  divider: '“or” between the form and the QR panel (vertical when they sit side by side).',
  recaptcha: 'The captcha slot; `data-state` = `ready | missing | failed`.',
  methods: 'The first screen’s ways in: form, divider and QR slot, side by side on a wide card.',
  'qr-slot': 'Holds the QR panel; `data-state` = `open | closed` (a narrow card opens it with “Sign in with your phone”).',
  'qr-panel': 'QR sign-in; `data-state` = `loading | showing | renewing | stopped | signing-in | error`.',
  'qr-code': 'The code on its white square tile (always dark-on-light, even in dark mode and forced colours); the same tile holds the spinner or the “approved” check.',
  'qr-ring': 'SVG expiry ring along the tile’s edge.',
  'qr-origin': 'The requesting IP and location, as plain text.',
  'qr-approve': '`<QrApprove>`, the phone’s side; `data-state` = `idle | checking | confirm | approving | approved | denied | failed | signed-out`.',
  'qr-details': 'What the phone checks before approving: IP, location (`<bdi>`), time left (`<dl>`).',
  'qr-camera': 'The camera preview of the QR scanner (only where `BarcodeDetector` exists).',
  'expiry-notice': 'Session ending soon / ended; `data-state` = `ending | ended`.',
};

/** `a `b` c` → text with the back-ticked bits in <code>. */
function Inline({ text }: { text: string }) {
  return <>{text.split('`').map((bit, i) => (i % 2 ? <code key={i}>{bit}</code> : bit))}</>;
}

/** Every part (or the given ones) with what it is. */
export function PartsTable({ parts = partNames }: { parts?: readonly PartName[] }) {
  return (
    <table style={{ borderCollapse: 'collapse', inlineSize: '100%', fontSize: 13 }}>
      <thead>
        <tr>
          <th style={cell}>data-part</th>
          <th style={cell}>What and which state attributes</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((part) => (
          <tr key={part}>
            <td style={cell}>
              <code>{part}</code>
            </td>
            <td style={cell}>
              <Inline text={partDocs[part]} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
