// Lint: TypeScript rules, React hooks rules, and the layer borders from
// docs/ARCHITECTURE.md (only src/db imports dexie, only src/sync talks to the
// network, only src/app creates the store).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const dexieBorder = {
  name: 'dexie',
  message: 'Only src/db may import dexie; use a module from src/db instead.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'dist-server',
      'node_modules',
      'data',
      'coverage',
      'test-results',
      'test-reports',
      'playwright-report',
      'bench/out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            dexieBorder,
            { name: 'dexie-react-hooks', message: 'Use the hooks exported by src/db.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/sync/**', 'src/pwa/**', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/sync talks to the network.' },
        { name: 'EventSource', message: 'Only src/sync talks to the network.' },
        { name: 'XMLHttpRequest', message: 'Only src/sync talks to the network.' },
        { name: 'WebSocket', message: 'Only src/sync talks to the network.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='create'][arguments.length>0]",
          message: 'Only src/app creates the zustand store.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'dexie',
                'zustand',
                '../db/*',
                '../features/*',
                '../sync/*',
              ],
              message: 'src/domain is pure TypeScript shared with the server.',
            },
          ],
        },
      ],
    },
  },
);
