/**
 * Static markup carrying every styled part, for CSS tests and the theme docs: the real flow
 * renders the same `data-part` names (src/theme/parts.ts).
 */
export function PartsSample({ buttonClassName }: { buttonClassName?: string }) {
  return (
    <div data-part="card">
      <div data-part="header">
        <h2 data-part="heading" tabIndex={-1}>
          Sign in
        </h2>
        <p data-part="description">Use your account email.</p>
      </div>
      <div data-part="body">
        <div data-part="message" data-tone="error" role="alert">
          Wrong email or password.
        </div>
        <form data-part="form" onSubmit={(e) => e.preventDefault()}>
          <div data-part="field">
            <label data-part="label" htmlFor="sample-email">
              Email
            </label>
            <input data-part="input" id="sample-email" type="email" autoComplete="username" />
          </div>
          <div data-part="field">
            <label data-part="label" htmlFor="sample-password">
              Password
            </label>
            <div data-part="password-wrapper">
              <input data-part="input" id="sample-password" type="password" autoComplete="current-password" />
              <button data-part="password-toggle" type="button">
                Show
              </button>
            </div>
            <p data-part="field-error">Enter your password.</p>
          </div>
          <label data-part="label" htmlFor="sample-code">
            Code
          </label>
          <input data-part="code-input" id="sample-code" inputMode="numeric" autoComplete="one-time-code" />
          <button data-part="button" data-variant="primary" type="submit" className={buttonClassName}>
            <span data-part="spinner" aria-hidden="true" />
            Continue
          </button>
          <button data-part="button" data-variant="secondary" type="button">
            Back
          </button>
        </form>
        <div data-part="qr-panel" data-state="showing">
          <div data-part="qr-code" role="img" aria-label="QR code" />
        </div>
      </div>
    </div>
  );
}
