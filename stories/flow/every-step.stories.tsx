import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect } from 'storybook/test';
import type { SignInFlowController } from '../../src/react';
import type { Messages } from '../../src/i18n';
import { toStep } from '../../src/core/flow/to-step';
import type { FlowError, Step } from '../../src/core/flow/types';
import { createTranslator, FlowUiContext, type FlowUi } from '../../src/react/flow-ui';
import { ChooseFactorStep } from '../../src/react/steps/choose-factor-step';
import { CredentialsStep } from '../../src/react/steps/credentials-step';
import { ErrorStep } from '../../src/react/steps/error-step';
import { FramedNotice } from '../../src/react/steps/framed-notice';
import { LoadingStep } from '../../src/react/steps/loading-step';
import { LockedStep } from '../../src/react/steps/locked-step';
import { NewPasswordStep } from '../../src/react/steps/new-password-step';
import { ResetCodeStep } from '../../src/react/steps/reset-code-step';
import { SignedInStep } from '../../src/react/steps/signed-in-step';
import { UnknownStep } from '../../src/react/steps/unknown-step';
import { VerifyCodeStep } from '../../src/react/steps/verify-code-step';
import { chooseLocale } from '../../src/i18n';
import { stepFixture, type FixtureName } from '../../test/fixtures';
import { storyMessages } from '../support/pseudo-locale';
import { simulatorPasswordRules } from '../../src/simulator/config';

/**
 * Every step of the flow at once, in one locale per story: the 24 shipped catalogs and the two
 * pseudo-locales (`en-XA` accented and ~40 % longer, `ar-XB` right-to-left), so a reviewer
 * sees overflow, clipping and mirroring on every screen before a translator does. Each step is
 * the real step component (the code step as SMS, with its resend countdown) with a recorded fixture's step and a flow that does nothing; axe
 * checks every one of them in `npm test`.
 */
const meta = {
  title: 'SignInFlow/Every step by locale',
  loaders: [
    async ({ globals }) => {
      const at = async (name: FixtureName, now = 0) => toStep(await stepFixture(name), { now, resendCooldownSeconds: 30 });
      const locale = String(globals.locale ?? 'en');
      return {
        messages: await storyMessages(locale),
        steps: {
          credentials: await at('wizard-login-recaptcha'),
          chooseFactor: await at('signin-2fa-both'),
          sms: await at('choose-sms', Date.now()),
          resetCode: await at('signin-reset-required'),
          newPassword: await at('restore-ok'),
          signedIn: await at('signin-success'),
          unknown: await at('unknown-workflow'),
          locked: { kind: 'locked', until: Date.now() + 299_000, retryAfterSeconds: 299, resume: await at('wizard-login') } as Step,
        },
      };
    },
  ],
  render: (_args, { globals, loaded }) => <EveryStep locale={String(globals.locale ?? 'en')} {...(loaded as Loaded)} />,
  play: async ({ canvas, loaded }) => {
    const { messages } = loaded as Loaded;
    // Every screen is there, headed in this locale's words.
    for (const key of ['flow.loading', 'credentials.heading', 'chooseFactor.heading', 'resetCode.heading', 'locked.heading', 'unknown.heading', 'framed.heading'] as const) {
      await expect(canvas.getAllByRole('heading', { name: messages[key] }).length).toBeGreaterThan(0);
    }
    await expect(canvas.getAllByText(messages['field.email']).length).toBeGreaterThan(0);
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

interface Loaded {
  messages: Messages;
  steps: Record<'credentials' | 'chooseFactor' | 'sms' | 'resetCode' | 'newPassword' | 'signedIn' | 'unknown' | 'locked', Step>;
}

const idle = async () => false;
/** A flow that shows a step and does nothing: the matrix is for looking, not for signing in. */
const stillFlow = (step: Step) =>
  ({
    step, email: 'client@example.com', error: null, notice: null, isPending: false, pendingAction: null,
    signIn: idle, chooseMethod: idle, verifyCode: idle, resendCode: idle, submitResetCode: idle, setNewPassword: idle,
    chooseAnotherMethod: () => undefined, restart: () => undefined, endLock: () => undefined, retry: () => undefined,
  }) as unknown as SignInFlowController;

/** `step` as `kind`, for the steps the fixtures do not produce by themselves. */
function only<K extends Step['kind']>(step: Step, kind: K): Extract<Step, { kind: K }> {
  if (step.kind !== kind) throw new Error(`expected a ${kind} step, got ${step.kind}`);
  return step as Extract<Step, { kind: K }>;
}

function EveryStep({ locale, messages, steps }: Loaded & { locale: string }) {
  const tag = chooseLocale(locale);
  const ui: FlowUi = { t: createTranslator(messages, undefined, tag), locale: tag, classNames: {}, announce: () => undefined };
  const t = ui.t;
  const credentials = only(steps.credentials, 'credentials');
  const locked = only(steps.locked, 'locked');
  const error: FlowError = { kind: 'http', status: 502, serverCode: null, serverMessage: null, details: [], retryAfterSeconds: null };
  const base = { errorMessage: null, noticeMessage: null };
  const cell = (label: string, screen: ReactNode) => (
    // Not a landmark: each step card is one already, named by its heading.
    <div data-matrix-cell={label}>{screen}</div>
  );
  const of = (step: Step) => ({ ...base, flow: stillFlow(step) });
  return (
    <FlowUiContext.Provider value={ui}>
      <div lang={tag} style={{ display: 'grid', gap: '2rem', gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))', alignItems: 'start' }}>
        {cell('loading', <LoadingStep {...of({ kind: 'loading' })} step={{ kind: 'loading' }} noticeMessage={t('notice.wizardExpired')} />)}
        {cell('credentials', (
          <CredentialsStep
            {...of(credentials)}
            step={credentials}
            errorMessage={t('error.invalidCredentials')}
            recaptcha={null}
            forgotPassword={{ href: '#forgot' }}
            qrPanel={null}
          />
        ))}
        {cell('choose-factor', <ChooseFactorStep {...of(steps.chooseFactor)} step={only(steps.chooseFactor, 'choose-factor')} />)}
        {cell('verify-code', <VerifyCodeStep {...of(steps.sms)} step={only(steps.sms, 'verify-code')} errorMessage={t('error.invalidCode')} />)}
        {cell('reset-code', <ResetCodeStep {...of(steps.resetCode)} step={only(steps.resetCode, 'reset-code')} />)}
        {cell('new-password', (
          <NewPasswordStep
            {...of(steps.newPassword)}
            step={only(steps.newPassword, 'new-password')}
            errorMessage={t('error.passwordRules')}
            passwordRules={{ ...simulatorPasswordRules, requireSymbol: true }}
          />
        ))}
        {cell('locked', <LockedStep {...of(locked)} step={locked} forgotPassword={{ href: '#forgot' }} />)}
        {cell('signed-in', <SignedInStep {...of(steps.signedIn)} step={only(steps.signedIn, 'signed-in')} />)}
        {cell('unknown', <UnknownStep {...of(steps.unknown)} step={only(steps.unknown, 'unknown')} />)}
        {cell('error', <ErrorStep {...of({ kind: 'error', error })} step={{ kind: 'error', error }} errorMessage={t('error.server')} />)}
        {cell('framed', <FramedNotice />)}
      </div>
    </FlowUiContext.Provider>
  );
}

export const PseudoAccented: Story = { globals: { locale: 'en-XA' } };
export const PseudoRightToLeft: Story = { globals: { locale: 'ar-XB' } };
export const English: Story = { globals: { locale: 'en' } };
export const Russian: Story = { globals: { locale: 'ru' } };
export const Spanish: Story = { globals: { locale: 'es' } };
export const Arabic: Story = { globals: { locale: 'ar' } };
export const ChineseSimplified: Story = { globals: { locale: 'zh-Hans' } };
export const ChineseTraditional: Story = { globals: { locale: 'zh-Hant' } };
export const Japanese: Story = { globals: { locale: 'ja' } };
export const Korean: Story = { globals: { locale: 'ko' } };
export const Thai: Story = { globals: { locale: 'th' } };
export const Vietnamese: Story = { globals: { locale: 'vi' } };
export const Indonesian: Story = { globals: { locale: 'id' } };
export const Malay: Story = { globals: { locale: 'ms' } };
export const Hindi: Story = { globals: { locale: 'hi' } };
export const Turkish: Story = { globals: { locale: 'tr' } };
export const PortugueseBrazil: Story = { globals: { locale: 'pt-BR' } };
export const French: Story = { globals: { locale: 'fr' } };
export const German: Story = { globals: { locale: 'de' } };
export const Italian: Story = { globals: { locale: 'it' } };
export const Polish: Story = { globals: { locale: 'pl' } };
export const Ukrainian: Story = { globals: { locale: 'uk' } };
export const Persian: Story = { globals: { locale: 'fa' } };
export const Hebrew: Story = { globals: { locale: 'he' } };
export const Dutch: Story = { globals: { locale: 'nl' } };
export const Czech: Story = { globals: { locale: 'cs' } };
