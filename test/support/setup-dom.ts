import '@testing-library/jest-dom/vitest';
import { beforeAll } from 'vitest';
import { preloadLaterSteps } from '../../src/react/steps/later-steps';

// In a browser the later screens' chunks are in long before a person's first answer (fetched
// when the page is idle); here a scripted client answers within a tick, faster than Vite
// transforms a module. Load them first, as a browser would have: the lazy path itself is
// tested in src/react/sign-in-flow.lazy-steps.test.tsx and sign-in-flow.step-chunk-failure.test.tsx.
beforeAll(() => preloadLaterSteps());
