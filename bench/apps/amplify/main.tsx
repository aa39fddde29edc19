// AWS Amplify UI's <Authenticator>, configured with placeholder Cognito ids (renders without a call).
import { createRoot } from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';

Amplify.configure({
  Auth: { Cognito: { userPoolId: 'eu-west-1_BENCHBENCH', userPoolClientId: 'benchbenchbenchbenchbench0' } },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <Authenticator hideSignUp>{() => <p>Signed in</p>}</Authenticator>,
);
