/** es messages of the session area (formal "usted"). Placeholders in braces, e.g. {seconds}. */
export const session = {
  'session.endsIn': 'Su sesión termina dentro de {time}',
  'session.staySignedIn': 'Mantener la sesión iniciada',
  'session.ended': 'Su sesión ha terminado. Vuelva a iniciar sesión.',
} as const;
