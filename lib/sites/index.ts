/**
 * The registry of messaging apps, and the one question the content script asks it: is this
 * element a composer, which editor draws it, and which conversation is it in?
 */
import { detectKind, findComposer, type Composer, type EditorKind } from '../editors';
import { discord } from './discord';
import { gmail } from './gmail';
import { googleMessages } from './google-messages';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { messenger } from './messenger';
import { outlook } from './outlook';
import { slack } from './slack';
import { telegram } from './telegram';
import { tinder } from './tinder';
import type { ConversationContext, Site } from './types';
import { whatsapp } from './whatsapp';
import { x } from './x';

export type { ConversationContext, Site } from './types';

export const SITES: readonly Site[] = [
  whatsapp, messenger, instagram, telegram, discord, slack, gmail, outlook, linkedin, x, googleMessages, tinder,
];

export function siteFor(hostname: string): Site | undefined {
  return SITES.find((s) => s.hosts.includes(hostname));
}

export interface FoundComposer {
  composer: Composer;
  kind: EditorKind;
  site: Site | undefined;
  /** Matched one of the site's selectors; false for the generic fallback. */
  known: boolean;
}

/** Boxes that take text but are not messages: search, filters, pickers. */
const NOT_A_MESSAGE = /search|filter|find|look up|subject|recipients/i;
const NOT_A_MESSAGE_ROLES = new Set(['searchbox', 'combobox', 'spinbutton']);

function looksLikeSearch(el: Element): boolean {
  if (NOT_A_MESSAGE_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const label = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('title'), el.getAttribute('name')]
    .filter(Boolean)
    .join(' ');
  return NOT_A_MESSAGE.test(label);
}

/** Library markers beat the site's default kind: an app may move editors before its selectors change. */
function kindFor(composer: Composer, site: Site | undefined): EditorKind {
  const detected = detectKind(composer);
  if (detected !== 'contenteditable' || !site) return detected;
  return site.editor === 'gmail' || site.editor === 'outlook' ? site.editor : detected;
}

/** The composer that holds `target` on this page, or null for search boxes and other fields. */
export function resolveComposer(target: EventTarget | null, hostname = location.hostname): FoundComposer | null {
  const composer = findComposer(target);
  if (!composer) return null;
  const site = siteFor(hostname);
  const known = !!site?.composers.some((c) => composer.matches(c.selector));
  if (!known && looksLikeSearch(composer)) return null;
  return { composer, kind: kindFor(composer, known ? site : undefined), site, known };
}

/** The conversation a composer belongs to: per-conversation state and dismissals key on this. */
export function conversationIdOf(found: FoundComposer): string {
  if (found.site) return found.site.conversationId(found.composer);
  return `${location.hostname}${location.pathname}${location.hash}`;
}

/** Their last message and our unanswered run, where the app shows them; never throws. */
export function conversationOf(found: FoundComposer): ConversationContext {
  try {
    return found.site?.readConversation(found.composer) ?? { unansweredInRow: 0 };
  } catch {
    return { unansweredInRow: 0 };
  }
}
