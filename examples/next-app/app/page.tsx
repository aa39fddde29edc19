// A Server Component: themes are plain data from the server-safe entry (no "use client").
import { presets } from 'b2core-sign-in/theme';
import styles from './page.module.css';
import { SignIn } from './sign-in';

export default function Home() {
  return (
    <main className={styles.page}>
      <SignIn theme={presets.midnight} classNames={{ button: styles.signInButton }} />
    </main>
  );
}
