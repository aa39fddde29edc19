import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import type { Session, SessionSnapshot } from '../../src/core/session';
import { SessionExpiryNotice } from '../../src/react/session';
import { SessionContext } from '../../src/react/session/session-context';

/** A session double frozen in one snapshot: the notice only reads it and calls `extend()`. */
function frozenSession(snapshot: Partial<SessionSnapshot>, extend: () => void): Session {
  const full: SessionSnapshot = {
    state: 'signed-in',
    tokens: null,
    accessExpiresAt: null,
    endsAt: null,
    isEndingSoon: false,
    canExtend: false,
    cooldownUntil: null,
    retryAt: null,
    error: null,
    reason: null,
    isRestored: true,
    ...snapshot,
  };
  return {
    getSnapshot: () => full,
    getServerSnapshot: () => full,
    subscribe: () => () => undefined,
    signIn: () => undefined,
    signOut: async () => undefined,
    authFetch: (input, init) => fetch(input, init),
    extend,
    touch: () => undefined,
    onExpiryWarning: () => () => undefined,
    start: () => undefined,
    dispose: () => undefined,
  };
}

interface NoticeStoryProps {
  snapshot: Partial<SessionSnapshot>;
  /** Seconds until the session ends (the countdown starts here when the story opens). */
  endsInSeconds?: number;
  onExtend: () => void;
}

function NoticeStory({ snapshot, endsInSeconds = 120, onExtend }: NoticeStoryProps) {
  const [session] = useState(() => frozenSession({ endsAt: Date.now() + endsInSeconds * 1000, ...snapshot }, onExtend));
  return (
    <SessionContext.Provider value={session}>
      <div style={{ maxInlineSize: '32rem', marginInline: 'auto' }}>
        <SessionExpiryNotice />
      </div>
    </SessionContext.Provider>
  );
}

/** "Your session ends in 2:00 — Stay signed in", and "Your session has ended". */
const meta = {
  title: 'Session/SessionExpiryNotice',
  component: NoticeStory,
  args: { onExtend: fn(), snapshot: { isEndingSoon: true, canExtend: true } },
} satisfies Meta<typeof NoticeStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EndingSoon: Story = {
  tags: ['screenshots'],
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('timer')).toHaveTextContent(/^(2:00|1:59)$/);
    await userEvent.click(canvas.getByRole('button', { name: 'Stay signed in' }));
    await expect(args.onExtend).toHaveBeenCalledTimes(1);
  },
};

export const EndingSoonCannotExtend: Story = {
  args: { snapshot: { isEndingSoon: true, canExtend: false } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('timer')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const Ended: Story = {
  args: { snapshot: { state: 'signed-out', reason: 'idle' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(/ended/i);
  },
};
