/** ru messages of the session area. Placeholders in braces, e.g. {seconds}. */
export const session = {
  'session.endsIn': 'Ваш сеанс завершится через {time}',
  'session.staySignedIn': 'Не выходить из системы',
  'session.ended': 'Ваш сеанс завершён. Войдите снова.',
} as const;
