/** es messages of the keyboard aids and the maintenance screen. Placeholders in braces. */
export const aids = {
  'hint.capsLock': 'Bloq Mayús está activado.',
  'hint.layoutEmail': 'Puede que tu teclado esté en otro idioma. Cambia a una distribución latina para escribir tu correo electrónico.',
  'hint.layoutPassword': 'Tu teclado tiene una distribución no latina. Compruébala si tu contraseña usa letras latinas.',

  'maintenance.heading': 'En mantenimiento',
  'maintenance.description': 'El inicio de sesión está en mantenimiento y volverá en {time}.',
  'notice.maintenanceEnded': 'El inicio de sesión vuelve a estar disponible.',
} as const;
