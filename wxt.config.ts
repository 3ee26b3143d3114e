import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // Preact through its Vite plugin (WXT has no Preact module). No prefresh: built pages only.
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Settings and counts live in local storage; nothing else is needed. No host permissions:
    // the content script reaches the messaging apps through its own match patterns.
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox only (Chrome would warn about an unknown key): a stable add-on id, and the built-in
    // data consent saying we collect nothing — true, since nothing of ours leaves the device.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'keep-it-light@keep-it-light', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
