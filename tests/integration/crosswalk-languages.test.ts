/**
 * The crosswalk's vocabulary (frameworks, references and their labels) and the reasons for deadline
 * revisions in the API's other languages, through the real msw handlers: each text differs from the
 * English payload and none is listed as an English fallback (`untranslated`). FATF's labels (R.24,
 * IO.5) stay as published, so they equal English and still count as translated.
 */
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { CommitmentDetailSchema, CommitmentListSchema, RoadmapSchema, type ApiLocale } from '../../src/api/schemas';

const FATF_LABEL = /^(R|IO)\.\d+$/;
const LOCALES = ['mk', 'sq', 'bs', 'cnr', 'sr-Cyrl', 'sr-Latn'] as const satisfies readonly ApiLocale[];

/** One revised commitment for each distinct reason in the English dataset (by the reason of its first revision). */
async function revisedCommitments(): Promise<{ id: string; reasons: string[] }[]> {
  const list = await apiGet('/commitments.json', CommitmentListSchema);
  const byReason = new Map<string, { id: string; reasons: string[] }>();
  for (const c of list.items) {
    const reasons = (c.deadlineHistory?.revisions ?? []).map((r) => r.reason);
    if (reasons[0] !== undefined && !byReason.has(reasons[0])) byReason.set(reasons[0], { id: c.id, reasons });
  }
  return [...byReason.values()];
}

describe('the crosswalk and deadline revisions in other languages', () => {
  it.each(LOCALES)('/%s/roadmap.json translates every framework and reference (name, edition, label)', async (locale) => {
    const [en, localized] = await Promise.all([apiGet('/roadmap.json', RoadmapSchema), apiGet(`/${locale}/roadmap.json`, RoadmapSchema)]);
    const frameworks = en.frameworks ?? [];
    const references = en.references ?? [];
    expect(frameworks.length).toBe(5);
    expect(references.length).toBeGreaterThanOrEqual(40);
    expect(localized.frameworks?.map((f) => f.id)).toEqual(frameworks.map((f) => f.id));
    expect(localized.references?.map((r) => r.code)).toEqual(references.map((r) => r.code));

    frameworks.forEach((f, n) => {
      const tr = localized.frameworks?.[n];
      expect(tr?.name, f.id).not.toBe(f.name);
      expect(tr?.edition, f.id).not.toBe(f.edition);
    });
    references.forEach((r, n) => {
      const tr = localized.references?.[n];
      expect(tr?.name, r.code).not.toBe(r.name);
      if (FATF_LABEL.test(r.label)) expect(tr?.label, r.code).toBe(r.label);
      else expect(tr?.label, r.code).not.toBe(r.label);
    });
    // The number stays: `Chapter 23` becomes e.g. `Поглавје 23`.
    references.forEach((r, n) => expect(localized.references?.[n]?.label.endsWith(r.label.replace(/^\D+/, '')), r.code).toBe(true));
    expect((localized.untranslated ?? []).filter((field) => /^(frameworks|references)\[/.test(field))).toEqual([]);
  });

  it.each(LOCALES)('/%s/commitments/{id}.json translates the reason of every deadline revision', async (locale) => {
    const revised = await revisedCommitments();
    // The dataset draws its reasons from six; most of them occur as a first revision.
    expect(revised.length).toBeGreaterThanOrEqual(4);
    for (const { id, reasons } of revised) {
      const detail = await apiGet(`/${locale}/commitments/${id}.json`, CommitmentDetailSchema);
      const translated = detail.deadlineHistory?.revisions.map((r) => r.reason) ?? [];
      expect(translated.length, id).toBe(reasons.length);
      translated.forEach((reason, n) => {
        expect(reason, `${id} revision ${n}`).not.toBe(reasons[n]);
        expect(reason.trim(), `${id} revision ${n}`).not.toBe('');
      });
      expect((detail.untranslated ?? []).filter((field) => field.startsWith('deadlineHistory.')), id).toEqual([]);
    }
  });

  it('serves the Macedonian and Albanian names of a few references as the tables hold them', async () => {
    const [mk, sq] = await Promise.all([apiGet('/mk/roadmap.json', RoadmapSchema), apiGet('/sq/roadmap.json', RoadmapSchema)]);
    const find = (roadmap: typeof mk, code: string) => roadmap.references?.find((r) => r.code === code);
    expect(find(mk, 'EU-23')).toMatchObject({ label: 'Поглавје 23', name: 'Правосудство и темелни права' });
    expect(find(mk, 'FATF-R24')).toMatchObject({ label: 'R.24' });
    expect(find(sq, 'UNCAC-52')).toMatchObject({ label: 'Neni 52' });
    expect(find(sq, 'ACIF-2')?.label).toBe('Qëllimi 2');
  });
});
