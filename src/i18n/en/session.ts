/** en messages of the session area. Placeholders in braces, e.g. {seconds}. */
export const session = {
  /** `{time}` is a ticking m:ss countdown. */
  'session.endsIn': 'Your session ends in {time}',
  'session.staySignedIn': 'Stay signed in',
  'session.ended': 'Your session has ended. Please sign in again.',
} as const;
