/** Thrown by parsers; `http.ts` turns it into a `SignInError` of kind `invalid-response`. */
export class InvalidBody {
  constructor(readonly reason: string) {}
}

/** Turns a JSON body into a domain value, or throws {@link InvalidBody}. */
export type Parser<T> = (json: unknown) => T;
