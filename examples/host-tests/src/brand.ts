import { createTheme } from 'b2core-sign-in';

/** The broker's white-label theme: its CI checks it stays readable (tests/sign-in.spec.ts). */
export const brand = createTheme({
  name: 'acme',
  colors: { primary: '#0b6e4f' },
  radius: 10,
  logo: { src: '/logo.svg', alt: 'Acme Markets' },
});
