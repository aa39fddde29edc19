'use client';

import { useEffect, useState } from 'react';
import { useSession } from 'b2core-sign-in';

/** Behind sign-in: an authorized call through the session, and sign-out. */
export function Portal() {
  const { authFetch, signOut } = useSession();
  const [email, setEmail] = useState<string | null>(null);
  useEffect(() => {
    let isLive = true;
    authFetch('/api/v2/my/profile')
      .then((response) => response.json() as Promise<{ email: string }>)
      .then((profile) => isLive && setEmail(profile.email), () => isLive && setEmail(null));
    return () => {
      isLive = false;
    };
  }, [authFetch]);
  return (
    <section>
      <h1>Portal</h1>
      <p>{email ? `Signed in as ${email}` : 'Loading your profile…'}</p>
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
    </section>
  );
}
