// ESLint (flat config) for the site's scripts and their unit tests. Run from the project root:
//   node src/test/browser/node_modules/eslint/bin/eslint.js -c src/test/browser/eslint.config.js
// (Maven's browser-tests profile does, after `npm ci` here.) Paths are relative to that root.
import js from '@eslint/js';
import globals from 'globals';

export default [
  js.configs.recommended,
  {
    // What the site serves: modern browsers, native modules, no build step.
    files: ['assets/js/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: 'error',
      curly: 'error',
      'no-implicit-globals': 'error',
      'no-shadow': 'error',
      'no-use-before-define': ['error', { functions: false }],
      'no-unused-vars': ['error', { args: 'after-used' }],
      'no-console': ['error', { allow: ['error'] }],
      'prefer-arrow-callback': 'error',
      'object-shorthand': 'error',
    },
  },
  {
    // The home page's script is a classic script (the layout's <script defer>).
    files: ['assets/js/home.js'],
    languageOptions: { sourceType: 'script' },
    rules: { strict: ['error', 'global'] },
  },
  {
    // Unit tests of the pure modules, run by `node --test` in src/test/js.
    files: ['src/test/js/**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: 'error',
    },
  },
];
