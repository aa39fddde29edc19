import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { stepFixture } from '../../test/fixtures';
import { createFakeClient, type FakeClient } from '../../test/fixtures/fake-client';
import { signInWizardQueryOptions } from './sign-in-wizard-query';
import { useSignInFlow } from './use-sign-in-flow';

afterEach(() => cleanup());

/** Shows the wizard uuid once the credentials form has its wizard. */
function Probe({ client, queryClient }: { client: FakeClient; queryClient: QueryClient }) {
  const flow = useSignInFlow({ client, queryClient });
  const { step } = flow;
  const ready = step.kind === 'credentials' && step.wizard === undefined;
  return (
    <>
      <p>{ready ? `wizard ${step.uuid}` : step.kind}</p>
      <button onClick={flow.restart}>Restart</button>
    </>
  );
}

const mount = (client: FakeClient, queryClient: QueryClient) =>
  render(
    <StrictMode>
      <Probe client={client} queryClient={queryClient} />
    </StrictMode>,
  );
const wizardKeys = (queryClient: QueryClient) => queryClient.getQueryCache().findAll({ queryKey: ['b2core-sign-in', 'wizard'] });

describe('signInWizardQueryOptions', () => {
  it('a wizard a loader prefetched is the flow’s first: one request in all, then it leaves the cache', async () => {
    const client = createFakeClient().answer('wizard', 'wizard-login', 'wizard-login-recaptcha');
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(signInWizardQueryOptions(client));
    expect(client.count('wizard')).toBe(1);
    const view = mount(client, queryClient);
    const { uuid } = await stepFixture('wizard-login');
    await screen.findByText(`wizard ${uuid}`);
    expect(client.count('wizard')).toBe(1);
    expect(wizardKeys(queryClient)).toEqual([]);

    // A uuid is single-use: a remount gets a fresh wizard, through the same QueryClient.
    view.unmount();
    mount(client, queryClient);
    await screen.findByText(`wizard ${(await stepFixture('wizard-login-recaptcha')).uuid}`);
    expect(client.count('wizard')).toBe(2);
  });

  it('without a prefetch the flow asks once (StrictMode included); a restart asks again, never on focus', async () => {
    const client = createFakeClient();
    const queryClient = new QueryClient();
    mount(client, queryClient);
    const { uuid } = await stepFixture('wizard-login');
    await screen.findByText(`wizard ${uuid}`);
    expect(client.count('wizard')).toBe(1);
    window.dispatchEvent(new Event('focus'));
    window.dispatchEvent(new Event('online'));
    screen.getByRole('button', { name: 'Restart' }).click();
    await screen.findByText(`wizard ${uuid}`);
    expect(client.count('wizard')).toBe(2);
    expect(wizardKeys(queryClient)).toEqual([]);
  });

  it('keys the query on the API host', () => {
    expect(signInWizardQueryOptions({ ...createFakeClient(), baseUrl: 'https://broker.test' }).queryKey).toEqual([
      'b2core-sign-in',
      'wizard',
      'https://broker.test',
    ]);
  });
});
