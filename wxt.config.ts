import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // Preact through its Vite plugin (WXT has no Preact module). No prefresh: built pages only.
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Settings and counts live in local storage; nothing else is needed. No host permissions:
    // the content script reaches the messaging apps through its own match patterns.
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
  },
});
