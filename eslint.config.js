// ESLint: typescript-eslint's recommended rules, formatting left to Prettier,
// and the seam rule: nothing under src/ reaches for the process, the home
// directory or the clock itself (bin/mlroad.js hands them over, see src/core/io.ts).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', 'node_modules/', 'coverage/', 'exercises/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      // Terminal escape sequences are this program's business: matching them is deliberate.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  // bin/ is CommonJS (bin/package.json): the process's start-up, see docs/performance.md.
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'use the io handed in (src/core/io.ts)' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: "use io.clock (or the command's ctx.now)" },
        { object: 'process', message: 'use the io handed in (src/core/io.ts)' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'node:os', importNames: ['homedir'], message: 'use io.system.homedir' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the clock: use io.clock or ctx.now' },
      ],
    },
  },
);
