/**
 * MSW handlers that answer the API from the recorded fixtures (test/fixtures): the same JSON
 * the reducer and component tests use, so a story shows exactly the state a test asserts.
 */
import { delay, http, type HttpHandler } from 'msw';
import { fixtureResponse, type FixtureName } from '../../test/fixtures';

/** The API routes a sign-in touches (paths under `/api/v2/my`). */
export type FixtureRoute =
  | 'GET /signin/wizard'
  | 'POST /signin'
  | 'POST /signin/2fa'
  | 'POST /2fa/google'
  | 'POST /2fa/sms'
  | 'POST /2fa/email'
  | 'POST /signin/password/restore'
  | 'POST /signin/password/reset';

/** A fixture name, a list answered in turn (the last repeats), or `hang` for a request that never ends. */
export type FixtureAnswer = FixtureName | 'hang' | readonly (FixtureName | 'hang')[];

/** Handlers for the given routes; the wizard defaults to `wizard-login`. */
export function fixtureHandlers(routes: Partial<Record<FixtureRoute, FixtureAnswer>>): HttpHandler[] {
  const all: Partial<Record<FixtureRoute, FixtureAnswer>> = { 'GET /signin/wizard': 'wizard-login', ...routes };
  return Object.entries(all).map(([route, answer]) => {
    const [method, path] = route.split(' ') as ['GET' | 'POST', string];
    const answers = typeof answer === 'string' ? [answer] : [...(answer as readonly (FixtureName | 'hang')[])];
    let call = 0;
    const handler = async () => {
      const name = answers[Math.min(call, answers.length - 1)]!;
      call += 1;
      if (name === 'hang') await delay('infinite');
      return fixtureResponse(name as FixtureName);
    };
    return method === 'GET' ? http.get(`*/api/v2/my${path}`, handler) : http.post(`*/api/v2/my${path}`, handler);
  });
}
