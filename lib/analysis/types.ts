/** Shared types of the analysis engine; index.ts re-exports the public ones. */
export type Category = 'length' | 'emotion' | 'pressure' | 'neediness' | 'past' | 'blame' | 'commitment';
export const CATEGORIES: readonly Category[] = ['length', 'emotion', 'pressure', 'neediness', 'past', 'blame', 'commitment'];
export type Level = 'light' | 'heads-up' | 'strong';
export type Sensitivity = 'gentle' | 'balanced' | 'strict';
/** UTF-16 offsets into the original text, end exclusive. */
export interface Span { start: number; end: number }
export interface Finding { category: Category; spans: Span[]; phrases: string[]; why: string; tip: string; label: string }
export interface Note { kind: 'pacing' | 'late-night'; why: string; tip: string }
export interface AnalysisContext {
  theirLastMessage?: string;
  unansweredInRow?: number;
  localHour?: number;
  /** hours 0-23, active when set; may wrap midnight (22 → 7) */
  quietHours?: { start: number; end: number };
}
export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
  context?: AnalysisContext;
  /** false = category switched off */
  categories?: Partial<Record<Category, boolean>>;
  /** picks the phrasing of why/tip; default 0 */
  variant?: number;
}
export interface Analysis { level: Level; flagged: boolean; categories: Category[]; findings: Finding[]; notes: Note[]; words: number }

/** One signal found in a sentence; offsets are relative to the sentence text. */
export interface Hit {
  category: Category;
  rule: string;
  weight: number;
  start: number;
  end: number;
  /** from an anger rule: keeps its weight even when the model reads the draft as light */
  anger?: boolean;
}

/** A match rule for compromise's sweep, owned by one detector. */
export interface Rule {
  /** short id, unique within the detector */
  id: string;
  /** compromise match syntax, over our own tags where it helps */
  match: string;
  /** 1 = enough on its own at balanced sensitivity; less = needs company */
  weight: number;
  /** a negation just before the match ("no need to", "not") cancels it */
  negatable?: boolean;
  /** still counts inside quotes or reported speech ("she said …") */
  keepInQuotes?: boolean;
  /** words or #Tags that, right after the match, turn it into something else ("you always … the best") */
  unlessNear?: readonly string[];
  /** rage or contempt ("I hate…", swearing, insults): heavy even when aimed at a thing, so the model cannot talk it down */
  anger?: boolean;
  /**
   * a feeling word that says nothing when it is about a thing or an event ("so nervous about my talk",
   * "devastated that the bakery closed"), only when it is about a person or the relationship ("so hurt by
   * what you said", "devastated that you left") or about nothing named ("I'm devastated.")
   */
  quietOnThings?: boolean;
}
