import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createSession } from '../core/session';
import { createFakeClient } from '../../test/fixtures/fake-client';
import { stepFixture } from '../../test/fixtures';
import { credentialsReady } from '../../test/fixtures/render-flow';
import { SessionProvider } from './session';
import { SignInFlow } from './sign-in-flow';

describe('SignInFlow inside a SessionProvider', () => {
  it('hands the token pair to the session by itself, once, and still calls onSuccess', async () => {
    const user = userEvent.setup();
    const client = createFakeClient();
    const session = createSession({ client, crossTab: false });
    const onSuccess = vi.fn();
    render(
      <StrictMode>
        <SessionProvider session={session}>
          <SignInFlow client={client} qrPanel={null} onSuccess={onSuccess} />
        </SessionProvider>
      </StrictMode>,
    );
    await credentialsReady();
    expect(session.getSnapshot().state).toBe('signed-out');
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });

    const tokens = (await stepFixture('signin-success')).tokens;
    expect(session.getSnapshot().state).toBe('signed-in');
    expect(session.getSnapshot().tokens).toEqual(tokens);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    session.dispose();
  });

  it('needs no onSuccess when a session takes the tokens', async () => {
    const user = userEvent.setup();
    const client = createFakeClient();
    const session = createSession({ client, crossTab: false });
    render(
      <SessionProvider session={session}>
        <SignInFlow client={client} qrPanel={null} />
      </SessionProvider>,
    );
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(session.getSnapshot().state).toBe('signed-in');
    session.dispose();
  });
});
