import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      '.tools/**',
      'node_modules/**',
      'tests/replicas/dist/**',
      '.reports/**',
      'lib/sentiment/model.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never render text as HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never render text as HTML.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never render text as HTML.',
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Playwright fixtures: `use` is Playwright's, and `{}` is its "no dependencies" pattern.
    files: ['tests/e2e/**', 'tests/firefox/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
);
