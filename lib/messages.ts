/**
 * The messages our own contexts exchange through the extension runtime (never through the page:
 * runtime messages are invisible to page scripts, and no external sender is allowed).
 */
import type { Analysis, AnalyzeOptions } from './analysis';
import { isStatsEvent, type StatsEvent } from './stats/schema';

export interface AnalyzeRequest {
  type: 'kil:analyze';
  text: string;
  options: AnalyzeOptions;
}

/** Asked of a tab's content script by the popup: which site is this, and is it watched? */
export interface SiteInfoRequest {
  type: 'kil:site-info';
}

export interface SiteInfo {
  hostname: string;
  siteName: string;
}

/** Sent by the content script to the background to count an event (counts only, never text). */
export interface RecordRequest {
  type: 'kil:record';
  event: StatsEvent;
}

export type Request = AnalyzeRequest | SiteInfoRequest | RecordRequest;

export type AnalyzeResponse = { ok: true; analysis: Analysis } | { ok: false; error: string };

export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'kil:site-info') return true;
  if (m.type === 'kil:record') return isStatsEvent(m.event);
  return m.type === 'kil:analyze' && typeof m.text === 'string' && typeof m.options === 'object' && m.options !== null;
}
