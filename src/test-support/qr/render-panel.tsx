import { StrictMode } from 'react';
import { act, render } from '@testing-library/react';
import axe from 'axe-core';
import { vi } from 'vitest';
import { QrPanel, type QrPanelProps } from '../../react/qr';
import { createFakeQrClient, createManualVisibility } from './fake-qr-client';

/** Advances fake time inside `act`, flushing React updates and promises. */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Renders `<QrPanel>` over the fake client (in StrictMode unless told otherwise). */
export function renderPanel(
  props: Partial<QrPanelProps> = {},
  options: { strict?: boolean; lifetimeMinutes?: number; location?: string | null } = {},
) {
  const { client, fake } = createFakeQrClient(options);
  const vis = createManualVisibility();
  const onSignedIn = vi.fn();
  const ui = <QrPanel client={client} onSignedIn={onSignedIn} visibility={vis.visibility} {...props} />;
  const result = render(options.strict === false ? ui : <StrictMode>{ui}</StrictMode>);
  return { ...result, fake, vis, onSignedIn, client };
}

/** The panel element's `data-state`. */
export function panelState(container: HTMLElement): string | null {
  return container.querySelector('[data-part="qr-panel"]')?.getAttribute('data-state') ?? null;
}

/** Axe violations of `container` (colour contrast needs layout, which happy-dom has not). */
export async function axeViolations(container: HTMLElement): Promise<string[]> {
  let settled = false;
  const run = axe
    .run(container, { rules: { 'color-contrast': { enabled: false } } })
    .finally(() => (settled = true));
  // axe schedules its work on timers, which are fake here: step them by the millisecond.
  for (let i = 0; i < 1000 && !settled; i += 1) await vi.advanceTimersByTimeAsync(1);
  const result = await run;
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
