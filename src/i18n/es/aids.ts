/** es messages of the keyboard aids and the maintenance screen (formal "usted"). Placeholders in braces. */
export const aids = {
  'hint.capsLock': 'Bloq Mayús está activado.',
  'hint.layoutEmail': 'Puede que su teclado esté en otro idioma. Cambie a una distribución latina para escribir su correo electrónico.',
  'hint.layoutPassword': 'Su teclado tiene una distribución no latina. Compruébela si su contraseña usa letras latinas.',

  'maintenance.heading': 'En mantenimiento',
  'notice.maintenanceEnded': 'El inicio de sesión vuelve a estar disponible.',
} as const;
