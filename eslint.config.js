// @ts-check
/**
 * ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, for
 * what they catch (unused code, mistakes), not for style: Prettier owns the formatting
 * (`npm run lint` runs both).
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.cache/', '.bench/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // TypeScript (astro check) already knows which names exist, including the build's defines
    // (src/search/globals.d.ts); ESLint's own guess would flag those.
    files: ['**/*.astro', '**/*.astro/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a value left unused on purpose (a destructured field to drop, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
);
