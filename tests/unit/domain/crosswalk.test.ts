import { describe, expect, it } from 'vitest';
import type { FrameworkRef } from '../../../src/api/schemas';
import { crosswalk, filterByRef, parseRef, refsOf, unknownRefs, vocabulary } from '../../../src/domain/crosswalk';
import { frameworkVocabulary } from '../../../mocks/data/frameworks';

const refs: FrameworkRef[] = [
  { code: 'FATF-R24', framework: 'fatf-r', label: 'R.24', name: 'Transparency and beneficial ownership of legal persons' },
  { code: 'FATF-IO5', framework: 'fatf-io', label: 'IO.5', name: 'Legal persons and arrangements' },
  { code: 'EU-23', framework: 'eu-acquis', label: 'Chapter 23', name: 'Judiciary and fundamental rights' },
];
const commitments = [
  { id: 'AL-3-01', jurisdiction: 'AL' as const, status: 'completed' as const, refs: ['FATF-IO5', 'FATF-R24'] },
  { id: 'AL-3-02', jurisdiction: 'AL' as const, status: 'in_progress' as const, refs: ['FATF-R24'] },
  { id: 'RS-3-01', jurisdiction: 'RS' as const, status: 'discontinued' as const, refs: ['FATF-R24', 'XX-1'] },
  { id: 'RS-4-01', jurisdiction: 'RS' as const, status: 'not_started' as const },
];

describe('filterByRef', () => {
  it('keeps the items tagged with the reference, or all without one', () => {
    expect(filterByRef(commitments, 'FATF-R24').map((c) => c.id)).toEqual(['AL-3-01', 'AL-3-02', 'RS-3-01']);
    expect(filterByRef(commitments, 'FATF-IO5').map((c) => c.id)).toEqual(['AL-3-01']);
    expect(filterByRef(commitments, 'EU-23')).toEqual([]);
    expect(filterByRef(commitments, null)).toHaveLength(4);
  });
});

describe('parseRef, refsOf and unknownRefs', () => {
  it('accepts only codes of the vocabulary', () => {
    expect(parseRef('FATF-R24', refs)?.label).toBe('R.24');
    expect(parseRef('fatf-r24', refs)).toBeNull();
    expect(parseRef(null, refs)).toBeNull();
  });
  it('lists an item’s references in the vocabulary’s order and names unknown codes', () => {
    expect(refsOf(commitments[0]!, refs).map((r) => r.code)).toEqual(['FATF-R24', 'FATF-IO5']);
    expect(unknownRefs(commitments[2]!, refs)).toEqual(['XX-1']);
    expect(refsOf(commitments[3]!, refs)).toEqual([]);
  });
});

describe('crosswalk', () => {
  it('groups per reference x jurisdiction with status counts, keeping references nothing maps onto', () => {
    const rows = crosswalk(refs, commitments, [{ id: 'bo-coverage', refs: ['FATF-IO5'] }], ['AL', 'RS']);
    expect(rows.map((r) => [r.ref.code, r.total])).toEqual([
      ['FATF-R24', 3],
      ['FATF-IO5', 1],
      ['EU-23', 0],
    ]);
    const [al, rs] = rows[0]!.cells;
    expect(al).toMatchObject({ jurisdiction: 'AL', total: 2, completion: 0.5, commitments: ['AL-3-01', 'AL-3-02'] });
    expect(al!.counts).toEqual({ not_started: 0, in_progress: 1, completed: 1, discontinued: 0 });
    // Only a discontinued commitment: nothing counts, so completion is not available (not 0).
    expect(rs).toMatchObject({ total: 1, completion: null });
    expect(rows[1]!.indicators).toEqual(['bo-coverage']);
  });
  it('limits the rows to one framework', () => {
    expect(crosswalk(refs, commitments, [], ['AL'], 'fatf-io').map((r) => r.ref.code)).toEqual(['FATF-IO5']);
  });
});

describe('the illustrative vocabulary', () => {
  it('has unique codes, each in a defined framework, and names FATF’s methodology', () => {
    const { frameworks, references } = vocabulary(frameworkVocabulary());
    const codes = references.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = new Set(frameworks.map((f) => f.id));
    for (const r of references) expect(ids.has(r.framework), r.code).toBe(true);
    expect(codes).toEqual(expect.arrayContaining(['FATF-R24', 'FATF-IO5', 'EU-23', 'EU-24', 'UNCAC-52', 'ACIF-2']));
    expect(frameworks.find((f) => f.id === 'fatf-io')?.edition).toMatch(/2013/);
  });
});
