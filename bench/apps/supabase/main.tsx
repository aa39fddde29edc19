// Supabase's <Auth> with its default theme (a placeholder project URL: renders without a call).
import { createRoot } from 'react-dom/client';
import { createClient } from '@supabase/supabase-js';
import { Auth } from '@supabase/auth-ui-react';
import { ThemeSupa } from '@supabase/auth-ui-shared';

const supabase = createClient('http://127.0.0.1:9/bench', 'bench-anon-key');

createRoot(document.getElementById('root') as HTMLElement).render(
  <Auth supabaseClient={supabase} appearance={{ theme: ThemeSupa }} providers={[]} view="sign_in" />,
);
