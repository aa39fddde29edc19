// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const uiLibraries = ['react', 'react-dom', 'react-hook-form', 'qrcode.react', 'react-google-recaptcha'];

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'storybook-static', 'artifacts', 'public', 'node_modules', 'examples/*/dist', 'examples/*/.next', 'examples/*/next-env.d.ts', 'bench/dist', 'bench/node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true, 'ts-nocheck': true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // The core layer runs where there is no DOM and no React: keep UI libraries out of it.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: uiLibraries.map((name) => ({ name, message: 'src/core imports no UI library.' })),
        patterns: [{ group: ['@tanstack/*', 'react/*', 'react-dom/*'], message: 'src/core imports no UI library.' }, { group: ['**/react/**', '**/react'], message: 'src/core must not import the React layer.' }],
      }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/simulator/**', '**/*.test.*'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
);
