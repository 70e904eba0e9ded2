import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** Every screen folder, so that a new feature is covered by the boundary rules without editing this file. */
const features = readdirSync(resolve(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Packages that draw UI: domain code stays free of them. */
const uiPackages = ['react', 'react-dom', 'react-i18next', 'react-router', 'react-error-boundary', 'recharts', '@tanstack'].map(
  (name) => `node_modules/${name}`,
);

/**
 * Import boundaries (README, "Layout"), checked on resolved file paths by import-x/no-restricted-paths:
 * features do not import each other, components do not import features, domain code imports no UI,
 * and src does not import the mock API (the one env-gated dynamic import in src/main.tsx carries its
 * own disable comment, so a static import there is still reported).
 */
const boundaryZones = [
  ...features.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: [`./${name}`],
    message: 'Features do not import each other: move what both need to src/components or src/domain.',
  })),
  {
    target: 'src/components',
    from: 'src/features',
    message: 'Shared components do not import features.',
  },
  {
    target: 'src/domain',
    from: ['src/components', 'src/features', 'src/app', 'mocks', ...uiPackages],
    message: 'Domain code is pure: no React, no UI, no app code, no mock API.',
  },
  {
    target: 'src',
    from: 'mocks',
    message: 'src must not import the mock API statically (only the env-gated dynamic import in src/main.tsx).',
  },
];

/** Data is shown as text, never as HTML. */
const RENDER_TEXT = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text, never raw HTML from data.',
};

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'coverage', 'reports', 'test-results', 'playwright-report', 'public/mockServiceWorker.js'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', RENDER_TEXT],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrolling region (a table wider than the screen) takes focus so that keyboard users can scroll it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  {
    // Figures, periods and dates are written in the page's language: in the app, every call of the
    // format helpers names its locale (useNumberLocale, usePeriodLabel, a chart model's ctx.locale).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/format.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        RENDER_TEXT,
        {
          selector: `CallExpression[callee.name=/^(${['formatShare', 'formatGrowth', 'formatPercentValue', 'formatRatio', 'formatCount', 'periodLabel', 'periodSpan', 'formatIsoDate', 'formatMonth', 'formatList'].join('|')})$/][arguments.length<2]`,
          message: "Pass the page's locale: figures, periods and dates are written in the page's language.",
        },
        {
          selector: "CallExpression[callee.name='formatNumber'][arguments.length<3]",
          message: "Pass the unit (or undefined) and the page's locale: figures are formatted for the page's language.",
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
      'import-x/no-cycle': 'error',
    },
  },
);
