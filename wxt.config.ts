import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import remToPx from 'postcss-rem-to-responsive-pixel';

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { AtRule, Plugin as PostcssPlugin } from 'postcss';
import { HOST_PERMISSIONS } from './lib/sites/hosts';

/**
 * No code generation in our bundles: zod's optional JIT reaches for the Function constructor
 * (extension CSPs forbid it anyway); swap it for a function that throws, so zod takes its
 * interpreter path and the bundle holds no eval-like call at all.
 */
function noCodegen(): Plugin {
  return {
    name: 'riposte-no-codegen',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(id) || !code.includes('const F = Function;')) return null;
      return code.replaceAll(
        'const F = Function;',
        "const F = function () { throw new Error('code generation disabled'); };",
      );
    },
  };
}

/**
 * Tailwind's `@property` rules, inside our shadow roots, register custom properties for the whole
 * document: each UI we mount then restyles every element of the site's page (measured: 200 ms on a
 * post with 2,000 comments). Drop them and give the `--tw-*` variables their initial values with
 * Tailwind's own fallback block, applied unconditionally instead of only where @property is missing.
 */
function noAtProperty(): PostcssPlugin {
  return {
    postcssPlugin: 'riposte-no-at-property',
    OnceExit(root) {
      root.walkAtRules('property', (rule) => void rule.remove());
      root.walkAtRules('supports', (rule) => {
        const parent = rule.parent as AtRule | undefined;
        if (parent?.type === 'atrule' && parent.name === 'layer' && parent.params === 'properties' && rule.nodes)
          rule.replaceWith(rule.nodes);
      });
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  imports: false,
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Riposte',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'notifications', 'alarms'],
    host_permissions: HOST_PERMISSIONS,
    commands: {
      'open-picker': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_cmdOpenPicker__',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'riposte@riposte.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [tailwindcss(), noCodegen()],
    resolve: {
      // twitter-text's ESM build imports ES5-era core-js polyfills that every supported browser
      // has natively; they would add 40 KB and a Function('return this') global probe.
      alias: [{ find: /^core-js\/modules\/.*$/, replacement: resolve(import.meta.dirname, 'lib/empty-module.ts') }],
    },
    css: {
      postcss: {
        // The sites change <html> font-size; rem inside our shadow roots would follow it.
        plugins: [remToPx({ rootValue: 16, propList: ['*'], transformUnit: 'px' }), noAtProperty()],
      },
    },
    build: { chunkSizeWarningLimit: 2000 },
  }),
});
