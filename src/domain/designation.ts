/**
 * The Kosovo* designation footnote: one rule for every chart, table, slide, export and print.
 * A jurisdiction whose name carries a footnote in the API gets "<name> <footnote>" wherever it is shown.
 */
import type { Jurisdiction } from '../api/schemas';

/** The footnotes of the jurisdictions shown (all of `jurisdictions` when `shown` is left out), in their order. */
export function designationNotes(
  jurisdictions: readonly Pick<Jurisdiction, 'code' | 'name' | 'designationFootnote'>[],
  shown?: readonly string[],
): string[] {
  return jurisdictions.flatMap((j) =>
    j.designationFootnote && (shown === undefined || shown.includes(j.code)) ? [`${j.name} ${j.designationFootnote}`] : [],
  );
}
