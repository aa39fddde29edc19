/**
 * `signInAs`: drives the real `<SignInFlow>` in a Playwright page to signed in, the way a person
 * would, whatever the server asks for: password, the method chooser, a TOTP code (computed from
 * the demo secret), an SMS or e-mailed second-factor code or the reset code (read from the
 * simulator's outbox), the forced reset.
 * Fields are found by their autocomplete tokens, not their labels, so any locale or message
 * override works. The server's answers (read off the wire) say which screen comes next.
 */
import type { Locator, Page, Response } from 'playwright-core';
import { methodOfWorkflow } from '../core/client/two-factor-method';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, demoAccounts } from '../simulator/accounts';
import { totp } from '../simulator/totp';
import { watchPage } from './leak-check';
import { simulatorControl, type SimulatorControl } from './simulator-control';

/** The flow's root element: `<SignInFlow>` marks it with the current step. */
export const FLOW_ROOT = '[data-part="root"][data-step]';

/** Options of {@link signInAs}. */
export interface SignInAsOptions {
  /** Where to read SMS and email codes: the simulator's controls or base URL. Default: the origin the flow posts `/signin` to. */
  simulator?: Pick<SimulatorControl, 'latestCode'> | string;
  /** Default the demo accounts' `Secret123!`. */
  password?: string;
  /** The method to choose when the server offers several. Default `google` (no outbox needed). */
  method?: 'google' | 'sms' | 'email';
  /** The authenticator secret (base32). Default the demo secret `JBSWY3DPEHPK3PXP`. */
  totpSecret?: string;
  /** Where SMS codes go. Default the demo account's phone. */
  phone?: string;
  /** The new password when the admin forced a reset. Default a fresh one (returned in `secrets.newPassword`). */
  newPassword?: string;
  /** How long to wait for each answer and screen, in ms. Default 15 000. */
  timeoutMs?: number;
}

/** The tokens the final answer carried, as plain strings. */
export interface SignedInTokens {
  accessToken: string;
  refreshToken: string | null;
}

/** What {@link signInAs} typed and received: pass `secrets` to `expectNoSecretLeak`. */
export interface SignInAsResult {
  tokens: SignedInTokens;
  /**
   * Every secret of the journey by name: `password`, `totpCode`/`smsCode`/`emailFactorCode` (the
   * second factor), `emailCode` (the reset code), `newPassword`, `accessToken`, `refreshToken`.
   */
  secrets: Record<string, string>;
  /** The API answers' workflows in order, e.g. `['2fa', 'login']`. */
  workflows: string[];
}

/** The journey stopped: an error answer, a lockout, or a step this helper cannot play. */
export class SignInAsError extends Error {
  override readonly name = 'SignInAsError';
  constructor(
    message: string,
    /** The HTTP status of the answer that stopped it, when there was one. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** POSTs that answer with the next wizard step. */
const STEP_POST = /\/api\/v2\/my\/(signin|signin\/2fa|2fa\/\w+|signin\/password\/(restore|reset))$/;

interface Envelope {
  code?: number;
  workflow?: string;
  data?: {
    tfaProviders?: Array<{ name: string; enabled: boolean }>;
    accessToken?: { token?: string };
    refreshToken?: { token?: string } | null;
  } | null;
  error?: { code?: number; message?: string };
}

interface Answer {
  url: string;
  status: number;
  body: Envelope;
}

const isStepAnswer = (response: Response) =>
  response.request().method() === 'POST' && STEP_POST.test(new URL(response.url()).pathname);

/**
 * Every wizard answer the page receives, in order, from the moment it is created: an answer
 * that lands before anyone waits for it (the flow's own sign-in after a reset) is kept.
 */
function answerQueue(page: Page, timeout: number) {
  const arrived: Response[] = [];
  const waiting: Array<(response: Response) => void> = [];
  const onResponse = (response: Response) => {
    if (!isStepAnswer(response)) return;
    const next = waiting.shift();
    if (next) next(response);
    else arrived.push(response);
  };
  page.on('response', onResponse);
  const nextResponse = (): Promise<Response> => {
    const ready = arrived.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(deliver), 1);
        reject(new SignInAsError(`No answer from the sign-in API within ${timeout} ms.`));
      }, timeout);
      const deliver = (response: Response) => {
        clearTimeout(timer);
        resolve(response);
      };
      waiting.push(deliver);
    });
  };
  return {
    /** Runs `action` (if any) and resolves with the next wizard answer. */
    async after(action?: () => Promise<void>): Promise<Answer> {
      await action?.();
      const response = await nextResponse();
      let body: Envelope;
      try {
        body = (await response.json()) as Envelope;
      } catch {
        throw new SignInAsError(`${new URL(response.url()).pathname} answered ${response.status()} without JSON.`, response.status());
      }
      return { url: response.url(), status: response.status(), body };
    },
    dispose: () => page.off('response', onResponse),
  };
}

/** Types the email and password into the credentials form and presses its submit button. */
export async function submitCredentials(page: Page, email: string, password: string): Promise<void> {
  const form = page.locator(`${FLOW_ROOT} form:has(input[autocomplete="current-password"]:not([disabled]))`).first();
  await form.locator('input[autocomplete="username"]').fill(email);
  await form.locator('input[autocomplete="current-password"]').fill(password);
  await form.locator('button[type="submit"]').click();
}

const enabledCodeInput = (root: Locator) => root.locator('input[autocomplete="one-time-code"]:not([disabled])');

const newPasswordOf = () => `Reset-${Math.random().toString(36).slice(2, 10)}-7q`;

/**
 * Signs in as `email` through the flow shown in `page` (wait for nothing: it waits for the
 * credentials form) and resolves when the server has issued the tokens. The page is watched
 * for the leak check from the start (`watchPage`).
 *
 * @example
 * ```ts
 * await page.goto(appUrl);
 * const { secrets } = await signInAs(page, 'sms@example.com', { simulator });
 * await expect(page.getByText('Welcome back')).toBeVisible();
 * await expectNoSecretLeak(page, secrets);
 * ```
 */
export async function signInAs(page: Page, email: string, options: SignInAsOptions = {}): Promise<SignInAsResult> {
  const timeout = options.timeoutMs ?? 15_000;
  const password = options.password ?? DEMO_PASSWORD;
  const account = demoAccounts.find((candidate) => candidate.email === email);
  const secrets: Record<string, string> = { password };
  const workflows: string[] = [];
  const root = page.locator(FLOW_ROOT).first();
  watchPage(page);

  let simulator = typeof options.simulator === 'string' ? simulatorControl(options.simulator) : options.simulator;
  const codeFrom = async (recipient: string | null | undefined, channel: 'sms' | 'email'): Promise<string> => {
    if (!recipient) throw new SignInAsError(`No ${channel === 'sms' ? 'phone' : 'email'} known for ${email}: pass options.phone.`);
    if (!simulator) throw new SignInAsError('No simulator to read the outbox from: pass options.simulator.');
    return simulator.latestCode(recipient, { channel });
  };
  /** Fills a code input (the flow submits at the 6th digit by itself). */
  const enterCode = async (code: string) => answers.after(() => enabledCodeInput(root).fill(code));

  await root.locator('input[autocomplete="current-password"]:not([disabled])').waitFor({ timeout });
  const answers = answerQueue(page, timeout);
  try {
    return await play();
  } finally {
    answers.dispose();
  }

  async function play(): Promise<SignInAsResult> {
    let answer = await answers.after(() => submitCredentials(page, email, password));
    // Zero configuration: the outbox lives where the flow sent its sign-in.
    simulator ??= simulatorControl(answer.url.slice(0, answer.url.indexOf('/api/v2/my')));

    for (let steps = 0; steps < 12; steps += 1) {
      const { status, body } = answer;
      const workflow = body.workflow ?? '';
      if (status === 429) throw new SignInAsError(`Locked out (429) at ${new URL(answer.url).pathname}.`, status);
      if (status >= 400) throw new SignInAsError(`${new URL(answer.url).pathname} answered ${status}: ${body.error?.message ?? 'no message'}.`, status);
      workflows.push(workflow);
      const access = body.data?.accessToken?.token;
      if (status === 202 && access) {
        const refresh = body.data?.refreshToken?.token ?? null;
        Object.assign(secrets, { accessToken: access }, refresh ? { refreshToken: refresh } : {});
        return { tokens: { accessToken: access, refreshToken: refresh }, secrets, workflows };
      }
      if (workflow === 'login' && status === 202) {
        // The forced reset is done: the flow signs in again with the new password by itself.
        answer = await answers.after();
        continue;
      }
      if (workflow === '2fa') {
        const enabled = (body.data?.tfaProviders ?? []).filter((provider) => provider.enabled).map((provider) => provider.name);
        if (enabled.length === 1) {
          answer = await verify(enabled[0] ?? '');
          continue;
        }
        const method = options.method ?? (enabled.includes('google') ? 'google' : enabled[0]);
        if (!method || !enabled.includes(method)) throw new SignInAsError(`The server offers ${enabled.join(', ') || 'no method'}, not ${method}.`);
        // One button per method (`data-variant` = its name): a tap sends the choice.
        const choice = root.locator(`[data-part="method-option"][data-variant=${JSON.stringify(method)}]`);
        answer = await answers.after(() => choice.click({ timeout }));
        continue;
      }
      const codeMethod = methodOfWorkflow(workflow);
      if (codeMethod) {
        answer = await verify(codeMethod);
        continue;
      }
      if (workflow === 'reset_password_email') {
        await enabledCodeInput(root).waitFor({ timeout });
        secrets.emailCode = await codeFrom(email, 'email');
        answer = await enterCode(secrets.emailCode);
        continue;
      }
      if (workflow === 'reset_password') {
        const newPassword = options.newPassword ?? newPasswordOf();
        secrets.newPassword = newPassword;
        const inputs = root.locator('input[autocomplete="new-password"]');
        await inputs.first().waitFor({ timeout });
        await inputs.nth(0).fill(newPassword);
        await inputs.nth(1).fill(newPassword);
        answer = await answers.after(() => root.locator('button[type="submit"]').first().click({ timeout }));
        continue;
      }
      throw new SignInAsError(`The server asked for a step signInAs cannot play: ${JSON.stringify(workflow)}.`, status);
    }
    throw new SignInAsError('The sign-in did not finish within 12 steps.');
  }

  async function verify(method: string): Promise<Answer> {
    await enabledCodeInput(root).waitFor({ timeout });
    if (method === 'google') {
      secrets.totpCode = totp(options.totpSecret ?? GOOGLE_TOTP_SECRET, Date.now());
      return enterCode(secrets.totpCode);
    }
    if (method === 'sms') {
      secrets.smsCode = await codeFrom(options.phone ?? account?.phone, 'sms');
      return enterCode(secrets.smsCode);
    }
    if (method === 'email') {
      secrets.emailFactorCode = await codeFrom(email, 'email');
      return enterCode(secrets.emailFactorCode);
    }
    throw new SignInAsError(`signInAs cannot enter a code for the method ${JSON.stringify(method)}.`);
  }
}
