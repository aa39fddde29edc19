/** ar messages of the keyboard aids and the maintenance screen. Placeholders in braces. */
export const aids = {
  'hint.capsLock': 'مفتاح Caps Lock مُفعّل.',
  'hint.layoutEmail': 'يبدو أن لوحة المفاتيح مضبوطة على لغة أخرى. بدّل إلى تخطيط لاتيني (مثل الإنجليزية) لكتابة بريدك الإلكتروني.',
  'hint.layoutPassword': 'لوحة المفاتيح مضبوطة على تخطيط غير لاتيني. تحقّق منها إذا كانت كلمة المرور بأحرف لاتينية.',

  'maintenance.heading': 'قيد الصيانة',
  'maintenance.description': 'تسجيل الدخول قيد الصيانة وسيعود بعد {time}. سيظهر النموذج من تلقاء نفسه.',
  'notice.maintenanceEnded': 'أصبح تسجيل الدخول متاحًا مرة أخرى.',
} as const;
