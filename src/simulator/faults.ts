import type { FaultRule, FaultResponse } from './config';
import { API_PREFIX } from './paths';

/** Whether `rule` matches a request to `apiPath` (the path after `/api/v2/my`). */
function matches(rule: FaultRule, method: string, apiPath: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  const path = rule.path.startsWith(API_PREFIX) ? rule.path.slice(API_PREFIX.length) : rule.path;
  return path.endsWith('*') ? apiPath.startsWith(path.slice(0, -1)) : apiPath === path;
}

/**
 * Takes the first matching rule, spending one of its `count` (a used-up rule leaves the list).
 * Mutates `faults`: the list lives in the simulator's config.
 */
export function takeFault(faults: FaultRule[], method: string, apiPath: string): FaultRule['respond'] | null {
  const index = faults.findIndex((rule) => rule.count > 0 && matches(rule, method, apiPath));
  const rule = faults[index];
  if (!rule) return null;
  rule.count -= 1;
  if (rule.count <= 0) faults.splice(index, 1);
  return rule.respond;
}

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/** The response a fault answers with (`hang` is handled by the caller). */
export function faultResponse(fault: FaultResponse): Response {
  const { status, body, headers = {} } = fault;
  // Statuses without a body (204, 304) cannot carry one in a Response.
  const bodyless = status === 204 || status === 205 || status === 304;
  if (body === 'html') {
    return new Response(bodyless ? null : HTML_PAGE, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } });
  }
  if (body === 'empty' || bodyless) return new Response(null, { status, headers });
  const jsonHeaders = { 'Content-Type': 'application/json', ...headers };
  if (body === 'truncated') return new Response('{"code":200,"data":{"recaptcha":{"enab', { status, headers: jsonHeaders });
  const payload = body === undefined ? { error: { code: status, message: 'Injected fault.' } } : body;
  return new Response(JSON.stringify(payload), { status, headers: jsonHeaders });
}

/** A promise that never settles until `signal` aborts, then rejects with its reason. */
export function hangUntilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

/** Waits `ms` (nothing when 0), rejecting early when `signal` aborts. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
