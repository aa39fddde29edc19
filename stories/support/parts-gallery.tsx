/**
 * Every styled part in one card, built from the flow's real parts (src/react/parts): the
 * designers' overview of the default look, and the page the screenshots script shoots for
 * each preset, scheme and direction.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { BrandLogo } from '../../src/react/theme';
import { Button } from '../../src/react/parts/button';
import { CodeField } from '../../src/react/parts/code-field';
import { Countdown } from '../../src/react/parts/countdown';
import { Field } from '../../src/react/parts/field';
import { Message } from '../../src/react/parts/message';
import { PasswordField } from '../../src/react/parts/password-field';
import type { Theme } from '../../src/theme';

export interface PartsGalleryProps {
  theme?: Theme;
  /** Show the pending, invalid and disabled variants instead of the resting ones. */
  state?: 'resting' | 'busy' | 'invalid' | 'disabled';
}

export function PartsGallery({ theme, state = 'resting' }: PartsGalleryProps) {
  const { register } = useForm<{ code: string }>();
  // Fixed at mount: the lockout ends 9:41 after the story opens.
  const [lockedUntil] = useState(() => Date.now() + 9 * 60_000 + 41_000);
  const invalid = state === 'invalid';
  const disabled = state === 'disabled';
  return (
    <div data-part="card">
      <header data-part="header">
        <BrandLogo theme={theme} />
        <h1 data-part="heading">Sign in to your account</h1>
        <p data-part="description">Welcome back. Enter your email and password to continue.</p>
      </header>
      <div data-part="body">
        {invalid ? <Message tone="error">The email or password is incorrect.</Message> : null}
        {disabled ? (
          <Message tone="warning">
            Too many attempts. Try again in <Countdown until={lockedUntil} />.
          </Message>
        ) : null}
        <form data-part="form" onSubmit={(event) => event.preventDefault()} aria-label="Sample form">
          <Field
            label="Email"
            type="email"
            autoComplete="username"
            defaultValue="client@example.com"
            disabled={disabled}
            error={invalid ? 'Enter a valid email address.' : undefined}
          />
          <PasswordField
            label="Password"
            autoComplete="current-password"
            disabled={disabled}
            error={invalid ? 'Enter your password.' : undefined}
          />
          <CodeField registration={register('code')} onComplete={() => undefined} disabled={disabled} />
          <Button type="submit" isPending={state === 'busy'} disabled={disabled}>
            {state === 'busy' ? 'Signing in…' : 'Continue'}
          </Button>
          <Button variant="secondary" disabled={disabled}>
            Sign in with a QR code
          </Button>
        </form>
        <div data-part="divider">or</div>
        <ul data-part="method-list" aria-label="Second factor">
          <li>
            <button type="button" data-part="method-option">
              Authenticator app
            </button>
          </li>
          <li>
            <button type="button" data-part="method-option">
              Text message to +1 ••• 0100
            </button>
          </li>
        </ul>
        <Message tone="info">We sent a code to +1 ••• 0100.</Message>
        <Message tone="success">Your password was changed.</Message>
      </div>
      <footer data-part="footer">
        <Button variant="link">Forgot password?</Button>
        <Button variant="link">Help</Button>
      </footer>
    </div>
  );
}
