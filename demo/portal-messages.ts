/**
 * The demo portal's own words (it is the host's page, not the package's): English, Russian and
 * Arabic, the locales the screenshot matrix covers; any other locale falls back to English.
 */
const en = {
  brand: 'Demo Broker',
  heading: 'Client portal',
  signedInAs: 'Signed in as',
  client: 'client',
  signOut: 'Sign out',
  summary: 'Account summary',
  demoFigures: 'Demo figures, not real balances.',
  balance: 'Total balance',
  equity: 'Equity',
  freeMargin: 'Free margin',
  openPositions: 'Open positions',
  accounts: 'Trading accounts',
  account: 'Account',
  type: 'Type',
  currency: 'Currency',
  accountBalance: 'Balance',
  live: 'Live',
  demo: 'Demo',
  wallet: 'Wallet',
  session: 'Session',
  sessionState: 'State',
  renewsIn: 'Access token renews in',
  callProfile: 'Call GET /profile',
  profileFailed: 'failed',
  signedOut: 'You’ve signed out.',
};
export type PortalMessages = typeof en;

const ru: PortalMessages = {
  brand: 'Demo Broker',
  heading: 'Личный кабинет',
  signedInAs: 'Вы вошли как',
  client: 'клиент',
  signOut: 'Выйти',
  summary: 'Сводка по счетам',
  demoFigures: 'Демонстрационные цифры, не реальные балансы.',
  balance: 'Общий баланс',
  equity: 'Средства',
  freeMargin: 'Свободная маржа',
  openPositions: 'Открытые позиции',
  accounts: 'Торговые счета',
  account: 'Счёт',
  type: 'Тип',
  currency: 'Валюта',
  accountBalance: 'Баланс',
  live: 'Реальный',
  demo: 'Демо',
  wallet: 'Кошелёк',
  session: 'Сессия',
  sessionState: 'Состояние',
  renewsIn: 'Токен доступа обновится через',
  callProfile: 'Вызвать GET /profile',
  profileFailed: 'ошибка',
  signedOut: 'Вы вышли из системы.',
};

const ar: PortalMessages = {
  brand: 'Demo Broker',
  heading: 'بوابة العميل',
  signedInAs: 'تم تسجيل الدخول باسم',
  client: 'العميل',
  signOut: 'تسجيل الخروج',
  summary: 'ملخص الحساب',
  demoFigures: 'أرقام تجريبية، وليست أرصدة حقيقية.',
  balance: 'الرصيد الإجمالي',
  equity: 'حقوق الملكية',
  freeMargin: 'الهامش المتاح',
  openPositions: 'الصفقات المفتوحة',
  accounts: 'حسابات التداول',
  account: 'الحساب',
  type: 'النوع',
  currency: 'العملة',
  accountBalance: 'الرصيد',
  live: 'حقيقي',
  demo: 'تجريبي',
  wallet: 'محفظة',
  session: 'الجلسة',
  sessionState: 'الحالة',
  renewsIn: 'يتجدد رمز الوصول خلال',
  callProfile: 'استدعاء GET /profile',
  profileFailed: 'فشل',
  signedOut: 'لقد سجّلت الخروج.',
};

const catalogs: Record<string, PortalMessages> = { en, ru, ar };

/** The portal's words for `locale` (its language subtag), English when the demo has none. */
export function portalMessages(locale: string): PortalMessages {
  return catalogs[locale.split('-')[0]?.toLowerCase() ?? 'en'] ?? en;
}
