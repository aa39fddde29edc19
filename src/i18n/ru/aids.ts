/** ru messages of the keyboard aids and the maintenance screen. Placeholders in braces. */
export const aids = {
  'hint.capsLock': 'Включён Caps Lock.',
  'hint.layoutEmail': 'Возможно, на клавиатуре включён другой язык. Переключитесь на латинскую раскладку, чтобы ввести адрес почты.',
  'hint.layoutPassword': 'На клавиатуре включена нелатинская раскладка. Проверьте её, если в пароле латинские буквы.',

  'maintenance.heading': 'Технические работы',
  'notice.maintenanceEnded': 'Вход снова доступен.',
} as const;
