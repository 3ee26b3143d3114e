/** UI strings come from _locales, so a translation is one messages.json file. */
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // getMessage returns "" for a missing key; the key itself is a better visible fallback.
  return browser.i18n.getMessage(key, substitutions) || key;
}
