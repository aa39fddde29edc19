import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** Until <SignInFlow> lands: shows the live wizard response from the built-in simulator. */
function WizardPreview() {
  const [text, setText] = useState('Loading the wizard…');
  useEffect(() => {
    fetch('/api/v2/my/signin/wizard', { headers: { Accept: 'application/json' } })
      .then((response) => response.text())
      .then(setText, (error: unknown) => setText(String(error)));
  }, []);
  return (
    <main>
      <h1>b2core-sign-in</h1>
      <pre>{text}</pre>
    </main>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<StrictMode><WizardPreview /></StrictMode>);
