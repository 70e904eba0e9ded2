/** A locale's phrases for the illustrative dataset (scripts/dataset-translations.ts composes the tables). */
export interface Phrasebook {
  /** English text (a whole text, or a part a template puts together) -> translation. */
  fixed: Record<string, string>;
  /** January … December. */
  months: readonly string[];
  /** The commitment description; `title` and `pillar` translated, `context` may be ''. */
  description(parts: { pillar: string; reference: string; institution: string; title: string; date: string; context: string }): string;
  /** `Title (package 2)`. */
  packageTitle(title: string, n: string): string;
  /** An observation's source, e.g. `FIU annual report 2023 (estimated); illustrative`. */
  observationSource(report: string, year: string, quality: 'estimated' | 'provisional' | null): string;
  /** An indicator's source, `Illustrative; modelled on the <report>`. */
  indicatorSource(report: string): string;
  /** A crosswalk label: an EU negotiating chapter, a UNCAC article or an ACIF goal, with its number. */
  referenceLabel(kind: 'chapter' | 'article' | 'goal', n: string): string;
  /** English texts left untranslated on purpose, so that the English fallback shows. */
  gaps: readonly string[];
}
