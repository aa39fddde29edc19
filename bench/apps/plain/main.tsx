// The floor: a hand-written form that does the same wizard fetch, then renders email + password.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function PlainSignIn() {
  const [uuid, setUuid] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    fetch('/api/v2/my/signin/wizard', { headers: { Accept: 'application/json' } })
      .then((response) => response.json() as Promise<{ uuid: string }>)
      .then((step) => setUuid(step.uuid), () => setMessage('Could not load the sign-in form.'));
  }, []);
  if (!uuid) return <p>{message || 'Loading…'}</p>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void fetch('/api/v2/my/signin', {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify({ uuid, email: data.get('email'), password: data.get('password'), device_fingerprint: btoa('{"user_agent":"bench"}') }),
        }).then((response) => setMessage(response.ok ? 'Signed in' : 'Wrong email or password'));
      }}
    >
      <h1>Sign in</h1>
      <label>Email <input name="email" type="email" autoComplete="username" required /></label>
      <label>Password <input name="password" type="password" autoComplete="current-password" required /></label>
      <button type="submit">Sign in</button>
      <p role="status">{message}</p>
    </form>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<PlainSignIn />);
