/** en messages of the keyboard aids and the maintenance screen. Placeholders in braces. */
export const aids = {
  'hint.capsLock': 'Caps Lock is on.',
  'hint.layoutEmail': 'Your keyboard seems to be set to another language. Switch to a Latin (e.g. English) layout to type your email.',
  'hint.layoutPassword': 'Your keyboard is set to a non-Latin layout. Check it if your password uses Latin letters.',

  'maintenance.heading': 'Under maintenance',
  /** `{time}` is a ticking m:ss countdown. */
  'maintenance.description': 'Sign-in is under maintenance, back in {time}. The form comes back by itself.',
  'notice.maintenanceEnded': 'Sign-in is available again.',
} as const;
