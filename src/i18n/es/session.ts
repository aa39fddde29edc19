/** es messages of the session area. Placeholders in braces, e.g. {seconds}. */
export const session = {
  'session.endsIn': 'Tu sesión termina en {time}',
  'session.staySignedIn': 'Mantener la sesión iniciada',
  'session.ended': 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
} as const;
