/**
 * What the illustrative dataset carries for the crosswalk, moved deadlines and reporting gaps: tags
 * from the vocabulary, clean deadline histories (the checks data:check applies), about one moved
 * deadline in ten, and the silent jurisdiction of the as-of period.
 */
import { describe, expect, it } from 'vitest';
import { unknownRefs } from '../../../src/domain/crosswalk';
import { deadlineHistoryIssues, deadlineInForce } from '../../../src/domain/deadlines';
import { buildDataset, buildLargeDataset } from '../../../mocks/data/dataset';
import { PILLAR_TAGS } from '../../../mocks/data/frameworks';
import { SILENT_REPORT } from '../../../mocks/data/annotations';

const data = buildDataset();
const references = data.roadmap.references ?? [];

describe('illustrative crosswalk tags', () => {
  it('tags every commitment and indicator with known references, always including its pillar’s core', () => {
    for (const item of [...data.commitments, ...data.indicators]) {
      expect(unknownRefs(item, references), item.id).toEqual([]);
      expect(item.refs, item.id).toEqual(expect.arrayContaining([...(PILLAR_TAGS[item.pillar]?.core ?? [])]));
    }
  });
});

describe('illustrative deadline histories', () => {
  it('moves about one deadline in ten, once or twice, and none has an issue data:check would report', () => {
    const moved = data.commitments.filter((c) => (c.deadlineHistory?.revisions.length ?? 0) > 0);
    expect(moved.length / data.commitments.length).toBeGreaterThan(0.06);
    expect(moved.length / data.commitments.length).toBeLessThan(0.16);
    for (const c of data.commitments) {
      const history = c.deadlineHistory!;
      expect(history.revisions.length, c.id).toBeLessThanOrEqual(2);
      expect(deadlineHistoryIssues(history, c.history[0]?.period), c.id).toEqual([]);
      // Each revision moves the deadline later, and the served deadline is the one in force at the as-of period.
      let previous = history.original;
      for (const revision of history.revisions) {
        expect(revision.deadline > previous, c.id).toBe(true);
        expect(revision.reason.length).toBeGreaterThan(0);
        previous = revision.deadline;
      }
      expect(c.deadline).toBe(deadlineInForce(c, data.roadmap.asOfPeriod));
    }
  });

  it('has deadlines moved in the as-of period, for the jurisdiction headline', () => {
    expect(data.commitments.some((c) => c.deadlineHistory?.revisions.some((r) => r.period === data.roadmap.asOfPeriod))).toBe(true);
  });

  it('builds the large dataset with the same annotations', () => {
    const large = buildLargeDataset();
    expect(large.commitments.every((c) => c.deadlineHistory && c.refs)).toBe(true);
  });
});

describe('illustrative reporting gaps', () => {
  it('has the silent jurisdiction report nothing for the as-of period, and gaps elsewhere only in unchanged periods', () => {
    for (const c of data.commitments) {
      c.history.forEach((entry, index) => {
        if (entry.reported !== false) return;
        const before = c.history[index - 1];
        expect(before?.status, `${c.id} ${entry.period}`).toBe(entry.status);
        expect(entry.note).toBeUndefined();
      });
      const last = c.history[c.history.length - 1]!;
      if (c.jurisdiction === SILENT_REPORT.jurisdiction && c.history.length > 1 && last.period === SILENT_REPORT.period) {
        const before = c.history[c.history.length - 2]!;
        if (before.status === 'in_progress' || before.status === 'not_started') expect(last.reported, c.id).toBe(false);
      }
    }
  });
});
