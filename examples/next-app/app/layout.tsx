import type { Metadata } from 'next';
import type { ReactNode } from 'react';
// create-next-app's globals.css, as generated (with its `* { padding: 0; margin: 0 }` reset).
import './globals.css';
// The package stylesheet, once, for the whole app. Order does not matter (see README, Theming).
import 'b2core-sign-in/styles.css';

export const metadata: Metadata = {
  title: 'Example broker portal (Next.js)',
  description: 'b2core-sign-in in a fresh Next.js App Router app',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
