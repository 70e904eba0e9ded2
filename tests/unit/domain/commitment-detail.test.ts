import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../../../src/api/schemas';
import { formatIsoDate, safeLinkUrl, statusTimeline } from '../../../src/domain/commitment-detail';

describe('safeLinkUrl', () => {
  it('keeps absolute http and https addresses', () => {
    expect(safeLinkUrl('https://www.example.org/report')).toBe('https://www.example.org/report');
    expect(safeLinkUrl('http://example.org')).toBe('http://example.org/');
    expect(safeLinkUrl('  HTTPS://Example.org/a  ')).toBe('https://example.org/a');
  });
  it('refuses every other scheme, relative addresses and missing ones', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:someone@example.org',
      'ftp://example.org/file',
      '//example.org/path',
      '/relative/path',
      'www.example.org',
      'https//missing-colon',
      'http://',
      '',
      null,
      undefined,
    ]) {
      expect(safeLinkUrl(url)).toBeNull();
    }
  });
  it('only ever returns http or https addresses', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = safeLinkUrl(text);
        return out === null || /^https?:\/\//.test(out);
      }),
    );
  });
});

describe('statusTimeline', () => {
  const periods = ['2019-H2', '2020-H1', '2020-H2', '2021-H1', '2021-H2', '2022-H1'];
  const history: StatusEntry[] = [
    { period: '2020-H1', status: 'not_started', note: 'Added with the ACIF Roadmap' },
    { period: '2020-H2', status: 'in_progress' },
    { period: '2021-H1', status: 'in_progress' },
    { period: '2022-H1', status: 'completed', note: 'Law adopted' },
  ];

  it('runs from the first entry to the selected period, marking additions and changes', () => {
    const timeline = statusTimeline(history, periods, '2022-H1');
    expect(timeline.map((e) => [e.period, e.status, e.change, e.previous])).toEqual([
      ['2020-H1', 'not_started', 'added', null],
      ['2020-H2', 'in_progress', 'changed', 'not_started'],
      ['2021-H1', 'in_progress', 'unchanged', 'in_progress'],
      ['2021-H2', 'in_progress', 'unchanged', 'in_progress'],
      ['2022-H1', 'completed', 'changed', 'in_progress'],
    ]);
    expect(timeline[0]?.note).toBe('Added with the ACIF Roadmap');
    expect(timeline[4]?.note).toBe('Law adopted');
  });
  it('carries the previous status over a period without a report, saying so', () => {
    const entry = statusTimeline(history, periods, '2022-H1').find((e) => e.period === '2021-H2');
    expect(entry).toMatchObject({ status: 'in_progress', reported: false });
    expect(entry?.note).toBeUndefined();
  });
  it('stops at the selected period', () => {
    expect(statusTimeline(history, periods, '2020-H2').map((e) => e.period)).toEqual(['2020-H1', '2020-H2']);
  });
  it('is empty before the commitment was added or without history', () => {
    expect(statusTimeline(history, periods, '2019-H2')).toEqual([]);
    expect(statusTimeline([], periods, '2022-H1')).toEqual([]);
  });
  it('does not depend on the order of the history or the periods', () => {
    const shuffled = [...history].reverse();
    expect(statusTimeline(shuffled, [...periods].reverse(), '2022-H1')).toEqual(statusTimeline(history, periods, '2022-H1'));
  });
});

describe('formatIsoDate', () => {
  it('writes the date out, day first', () => {
    expect(formatIsoDate('2026-06-30')).toBe('30 June 2026');
    expect(formatIsoDate('2021-01-05')).toBe('5 January 2021');
  });
  it('returns anything that is not a date unchanged', () => {
    expect(formatIsoDate('soon')).toBe('soon');
  });
});
