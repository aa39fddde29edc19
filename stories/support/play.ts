/**
 * What the flow stories' play functions share: the toolbar locale's catalog (labels are found
 * by their real text, so RTL and pseudo-locales review the same journeys) and the person's
 * first steps (credentials, a code).
 */
import type { StoryContext } from '@storybook/react-vite';
import type { Messages } from '../../src/i18n';
import { storyMessages } from './pseudo-locale';

/** What a play function uses of its context. */
export type Play = Pick<StoryContext, 'canvas' | 'userEvent' | 'globals'>;

/** The catalog of the toolbar's locale (a pseudo-locale included). */
export const messagesOf = (context: Pick<StoryContext, 'globals'>): Promise<Messages> =>
  storyMessages(String(context.globals.locale ?? 'en'));

/** Text matches outside the live region (which may repeat an error or notice word for word). */
export const onScreen = { selector: ':not([data-part="live-region"])' };

/** Types an email and a password and presses "Sign in". */
export async function submitCredentials(context: Play, email = 'client@example.com') {
  const { canvas, userEvent } = context;
  const m = await messagesOf(context);
  await userEvent.type(await canvas.findByLabelText(m['field.email']), email);
  await userEvent.type(canvas.getByLabelText(m['field.password']), 'correct horse');
  await userEvent.click(canvas.getByRole('button', { name: m['credentials.submit'] }));
}

/** Types a 6-digit code (the step submits itself at six digits). */
export async function enterCode(context: Play, code = '123456') {
  const m = await messagesOf(context);
  await context.userEvent.type(await context.canvas.findByLabelText(m['field.code']), code);
}
