import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../simulator/accounts';
import { renderSignInFlow } from './render-sign-in-flow';
import { startSimulatorMsw } from './start-simulator-msw';

afterEach(() => cleanup());

async function typeCredentials(email: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('renderSignInFlow', () => {
  it('signs in against the in-process simulator: onSuccess once, the host callback too', async () => {
    const hostCalls: unknown[] = [];
    const flow = renderSignInFlow({ config: { qrAvailable: false }, props: { onSuccess: (tokens) => hostCalls.push(tokens) } });
    await typeCredentials('client@example.com');
    const tokens = await flow.signedIn();
    expect(tokens.accessToken.token).toMatch(/^eyJ/);
    expect(flow.successes).toEqual([tokens]);
    expect(hostCalls).toEqual([tokens]);
    expect(flow.simulator.requestLog().map((entry) => entry.path)).toEqual(['/api/v2/my/signin/wizard', '/api/v2/my/signin']);
  });

  it('reads the SMS code from the outbox', async () => {
    const flow = renderSignInFlow({ config: { qrAvailable: false } });
    const user = await typeCredentials('sms@example.com');
    const input = await screen.findByLabelText('Verification code');
    expect(flow.outbox()).toHaveLength(1);
    await user.type(input, flow.latestCode('+1 555 0100'));
    await flow.signedIn();
    expect(flow.successes).toHaveLength(1);
    expect(() => flow.latestCode('nobody@example.com')).toThrow('No code was sent to nobody@example.com.');
  });

  it("shows the simulator's wrong-password answer (no network, no MSW)", async () => {
    const flow = renderSignInFlow({ config: { qrAvailable: false }, strict: false });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findAllByText('The email or password is incorrect.')).length).toBeGreaterThan(0);
    expect(flow.successes).toEqual([]);
  });
});

describe('startSimulatorMsw + renderSignInFlow({ network: true })', () => {
  it('answers the global fetch of the flow at baseUrl through MSW', async () => {
    const msw = await startSimulatorMsw({ baseUrl: 'https://broker.test', config: { qrAvailable: false }, onUnhandledRequest: 'error' });
    try {
      const flow = renderSignInFlow({ simulator: msw.simulator, baseUrl: 'https://broker.test', network: true });
      await typeCredentials('client@example.com');
      await flow.signedIn();
      expect(msw.simulator.requestLog().map((entry) => entry.path)).toEqual(['/api/v2/my/signin/wizard', '/api/v2/my/signin']);
      const outbox = await fetch('https://broker.test/__sim/outbox');
      expect(await outbox.json()).toEqual([]);
    } finally {
      msw.close();
    }
  });
});
