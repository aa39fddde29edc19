/** ar messages of the session area. Placeholders in braces, e.g. {seconds}. */
export const session = {
  'session.endsIn': 'تنتهي جلستك خلال {time}',
  'session.staySignedIn': 'البقاء مسجّلًا للدخول',
  'session.ended': 'انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.',
} as const;
