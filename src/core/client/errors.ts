/**
 * Every failure of the client is a `SignInError`: a real `Error` (stack, `instanceof`) with a
 * discriminated `detail` union, so callers `switch (error.kind)` and TypeScript checks they
 * handled every case. It never carries a secret: no request body, no token, no password.
 */

/** One field-level issue from the server's error envelope. */
export interface ServerErrorDetail {
  issue: string;
  field?: string;
}

/** What went wrong, by kind. */
export type SignInErrorDetail =
  /** The request never got an answer (offline, DNS, CORS, connection reset). */
  | { kind: 'network' }
  /** No answer within `timeoutMs`. */
  | { kind: 'timeout'; timeoutMs: number }
  /** The caller's `AbortSignal` fired. */
  | { kind: 'aborted' }
  /** 401: missing, expired or revoked token. */
  | { kind: 'unauthorized'; status: 401; serverCode: number | null; serverMessage: string | null }
  /** 429: too many attempts; `retryAfterSeconds` from `Retry-After`, default 600. */
  | { kind: 'rate-limited'; status: 429; retryAfterSeconds: number; serverMessage: string | null }
  /** Any other 4xx/5xx with the server's error envelope (or none). */
  | {
      kind: 'http';
      status: number;
      serverCode: number | null;
      serverMessage: string | null;
      details: ServerErrorDetail[];
      /** 503 only, when it carried a readable `Retry-After`: seconds until the service is back (maintenance). */
      retryAfterSeconds?: number;
    }
  /** The body could not be used: HTML from a proxy, empty, truncated JSON, wrong types. */
  | { kind: 'invalid-response'; status: number; reason: string };

export type SignInErrorKind = SignInErrorDetail['kind'];

/** The one error type the client rejects with. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  readonly detail: SignInErrorDetail;
  /** The path of the method that failed, e.g. `/signin` (never a query string or body). */
  readonly path: string;

  constructor(detail: SignInErrorDetail, path: string) {
    super(describe(detail, path));
    this.detail = detail;
    this.path = path;
  }

  get kind(): SignInErrorKind {
    return this.detail.kind;
  }

  /** The HTTP status, when the server answered. */
  get status(): number | null {
    return 'status' in this.detail ? this.detail.status : null;
  }
}

/** Narrowing helper: `isSignInError(e, 'rate-limited')` gives `e.detail.retryAfterSeconds`. */
export function isSignInError<K extends SignInErrorKind>(
  value: unknown,
  kind?: K,
): value is SignInError & { detail: Extract<SignInErrorDetail, { kind: K }> } {
  return value instanceof SignInError && (kind === undefined || value.kind === kind);
}

function describe(detail: SignInErrorDetail, path: string): string {
  switch (detail.kind) {
    case 'network':
      return `Network error calling ${path}`;
    case 'timeout':
      return `No answer from ${path} within ${detail.timeoutMs} ms`;
    case 'aborted':
      return `Call to ${path} was aborted`;
    case 'unauthorized':
      return `Unauthorized (401) from ${path}`;
    case 'rate-limited':
      return `Too many attempts (429) at ${path}; retry after ${detail.retryAfterSeconds} s`;
    case 'http':
      return `HTTP ${detail.status} from ${path}${detail.serverMessage ? `: ${detail.serverMessage}` : ''}`;
    case 'invalid-response':
      return `Unusable response (HTTP ${detail.status}) from ${path}: ${detail.reason}`;
    default:
      return detail satisfies never;
  }
}
