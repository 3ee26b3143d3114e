/**
 * Where the content script runs: only the messaging apps' own pages. Kept in one list so the
 * manifest, the tests and the README agree. Paths are narrowed where the host also serves
 * non-messaging pages (Facebook, Instagram, LinkedIn, X). Per-app details live in lib/sites/<app>.ts.
 */
export const CONTENT_MATCHES = [
  'https://web.whatsapp.com/*',
  'https://www.messenger.com/*',
  'https://www.facebook.com/messages/*',
  'https://www.instagram.com/direct/*',
  'https://web.telegram.org/*',
  'https://discord.com/*',
  'https://app.slack.com/*',
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://www.linkedin.com/messaging/*',
  'https://x.com/messages/*',
  // X's newer chat (2025) lives here; its composer is covered by the generic fallback.
  'https://x.com/i/chat/*',
  'https://messages.google.com/*',
  'https://tinder.com/*',
] as const;
