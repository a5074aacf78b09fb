import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import remToPx from 'postcss-rem-to-responsive-pixel';

import { HOST_PERMISSIONS } from './lib/sites/hosts';

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
    plugins: [tailwindcss()],
    css: {
      postcss: {
        // The sites change <html> font-size; rem inside our shadow roots would follow it.
        plugins: [remToPx({ rootValue: 16, propList: ['*'], transformUnit: 'px' })],
      },
    },
    build: { chunkSizeWarningLimit: 2000 },
  }),
});
