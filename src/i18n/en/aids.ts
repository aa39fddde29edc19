/** en messages of the keyboard aids and the maintenance screen. Placeholders in braces. */
export const aids = {
  'hint.capsLock': 'Caps Lock is on.',
  'hint.layoutEmail': 'Your keyboard may be set to another language. Switch to a Latin layout to type your email.',
  'hint.layoutPassword': 'Your keyboard is set to a non-Latin layout. Check it if your password uses Latin letters.',

  'maintenance.heading': 'Under maintenance',
  /** `{time}` is a ticking m:ss countdown. */
  'notice.maintenanceEnded': 'Sign-in is available again.',
} as const;
