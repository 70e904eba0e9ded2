import { describe, expect, it } from 'vitest';
import type { CommitmentDetail, Indicator } from '../../../src/api/schemas';
import { ATOM_NS, atomFeed, buildFeeds, feedPath, type FeedModel, type FeedRelease } from '../../../src/domain/feed';
import { changesSince, releaseChanges } from '../../../src/domain/release-changes';
import { escapeXml } from '../../../src/domain/xml';

const commitment = (id: string, jurisdiction: 'AL' | 'RS', pillar: string, extra: Partial<CommitmentDetail>): FeedModel['commitments'][number] => ({
  id,
  jurisdiction,
  pillar,
  title: `Title of ${id} <with> "markup" & more`,
  deadline: '2026-12-31',
  history: [],
  ...extra,
});

const model: FeedModel = {
  roadmap: {
    title: 'Roadmap',
    dataStatus: 'illustrative',
    pillars: [
      { id: 'p1', number: 1, name: 'Pillar one', shortName: 'One', description: '', reference: '' },
      { id: 'p2', number: 2, name: 'Pillar two', shortName: 'Two', description: '', reference: '' },
    ],
    statuses: [
      { code: 'not_started', label: 'Not started', description: '' },
      { code: 'in_progress', label: 'In progress', description: '' },
      { code: 'completed', label: 'Completed', description: '' },
      { code: 'discontinued', label: 'Discontinued', description: '' },
    ],
  },
  jurisdictions: [
    { code: 'AL', name: 'Albania', designationFootnote: null },
    { code: 'RS', name: 'Serbia', designationFootnote: null },
  ],
  commitments: [
    // Changed status in 2026-H1.
    commitment('AL-1-01', 'AL', 'p1', { history: [{ period: '2025-H2', status: 'in_progress' }, { period: '2026-H1', status: 'completed' }] }),
    // Unchanged in 2026-H1: no entry.
    commitment('AL-1-02', 'AL', 'p1', { history: [{ period: '2025-H2', status: 'in_progress' }, { period: '2026-H1', status: 'in_progress' }] }),
    // Added in 2026-H1, and its deadline moved then too.
    commitment('RS-2-01', 'RS', 'p2', {
      history: [{ period: '2026-H1', status: 'not_started' }],
      deadline: '2027-06-30',
      deadlineHistory: { original: '2026-12-31', revisions: [{ period: '2026-H1', deadline: '2027-06-30', reason: 'Funding delayed' }] },
    }),
    // Deadline moved in an earlier release only.
    commitment('RS-2-02', 'RS', 'p2', {
      history: [{ period: '2025-H1', status: 'in_progress' }, { period: '2026-H1', status: 'in_progress', reported: false }],
      deadlineHistory: { original: '2025-06-30', revisions: [{ period: '2025-H1', deadline: '2026-12-31', reason: 'Elections' }] },
    }),
  ],
  indicators: [
    {
      id: 'str',
      pillar: 'p2',
      name: 'STRs',
      unit: 'reports',
      series: [
        { jurisdiction: 'AL', baseline: null, target: null, observations: [{ year: 2025, value: 1234.5, quality: 'provisional', source: null }] },
        { jurisdiction: 'RS', baseline: null, target: null, observations: [{ year: 2025, value: null, quality: 'missing', source: null }] },
      ],
    } satisfies Pick<Indicator, 'id' | 'pillar' | 'name' | 'unit' | 'series'>,
  ],
};
const release: FeedRelease = { id: '2026-H1', period: '2026-H1', builtAt: '2026-07-31T00:00:00Z' };
const options = { siteUrl: 'https://monitor.example.org', apiUrl: 'https://monitor.example.org/api/v1' };

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return doc;
}

const atom = (doc: Document | Element, name: string) => [...doc.getElementsByTagNameNS(ATOM_NS, name)];

describe('releaseChanges', () => {
  it('lists exactly the status changes, moved deadlines and new values of the release', () => {
    const changes = releaseChanges(model.commitments, model.indicators, '2026-H1');
    expect(changes.map((c) => [c.kind, c.jurisdiction, c.kind === 'value' ? c.indicator : c.commitment])).toEqual([
      ['status', 'AL', 'AL-1-01'],
      ['value', 'AL', 'str'],
      ['status', 'RS', 'RS-2-01'],
      ['deadline', 'RS', 'RS-2-01'],
    ]);
    expect(changes[3]).toMatchObject({ from: '2026-12-31', to: '2027-06-30', reason: 'Funding delayed' });
    expect(changes[2]).toMatchObject({ from: null, to: 'not_started' });
  });
  it('brings values once a year, with the first half-year', () => {
    expect(releaseChanges(model.commitments, model.indicators, '2026-H2').filter((c) => c.kind === 'value')).toEqual([]);
  });
  it('collects every release after the one last seen', () => {
    const since = changesSince(model.commitments, model.indicators, ['2025-H1', '2025-H2', '2026-H1'], '2025-H1', '2026-H1');
    expect(since.filter((c) => c.kind === 'deadline').map((c) => c.period)).toEqual(['2026-H1']);
    expect(since.filter((c) => c.period === '2025-H2').map((c) => c.kind === 'status' && c.commitment)).toEqual(['AL-1-01', 'AL-1-02']);
  });
});

describe('Atom feeds', () => {
  const feeds = buildFeeds(model, release, options);

  it('writes a region feed, one per jurisdiction and one per pillar', () => {
    expect([...feeds.keys()]).toEqual([
      'feeds/region.atom',
      'feeds/jurisdictions/AL.atom',
      'feeds/jurisdictions/RS.atom',
      'feeds/pillars/p1.atom',
      'feeds/pillars/p2.atom',
    ]);
    expect(feedPath({ kind: 'pillar', id: 'p1' })).toBe('feeds/pillars/p1.atom');
  });

  it('is well-formed Atom with the required feed and entry elements', () => {
    for (const [path, xml] of feeds) {
      const doc = parse(xml);
      const root = doc.documentElement;
      expect(root.localName, path).toBe('feed');
      expect(root.namespaceURI, path).toBe(ATOM_NS);
      for (const name of ['id', 'title', 'updated', 'author']) expect(atom(root, name).length, `${path} ${name}`).toBeGreaterThan(0);
      const self = atom(root, 'link').find((l) => l.getAttribute('rel') === 'self');
      expect(self?.getAttribute('href')).toBe(`${options.apiUrl}/${path}`);
      for (const entry of atom(root, 'entry')) {
        for (const name of ['id', 'title', 'updated', 'summary']) expect(atom(entry, name), `${path} entry ${name}`).toHaveLength(1);
        expect(atom(entry, 'updated')[0]?.textContent).toBe(release.builtAt);
      }
      const ids = atom(root, 'entry').map((e) => atom(e, 'id')[0]?.textContent);
      expect(new Set(ids).size, path).toBe(ids.length);
    }
  });

  it('has entries for exactly the changes of the release in each scope, linking to their pages', () => {
    const entries = (path: string) => atom(parse(feeds.get(path)!), 'entry');
    const links = (path: string) => entries(path).map((e) => atom(e, 'link')[0]?.getAttribute('href'));
    expect(entries('feeds/region.atom')).toHaveLength(4);
    expect(links('feeds/jurisdictions/AL.atom')).toEqual([
      'https://monitor.example.org/commitments/AL-1-01',
      'https://monitor.example.org/indicators/str',
    ]);
    expect(links('feeds/pillars/p2.atom')).toEqual([
      'https://monitor.example.org/indicators/str',
      'https://monitor.example.org/commitments/RS-2-01',
      'https://monitor.example.org/commitments/RS-2-01',
    ]);
    expect(entries('feeds/pillars/p1.atom')).toHaveLength(1);
  });

  it('escapes text, so titles with markup stay text', () => {
    const doc = parse(feeds.get('feeds/jurisdictions/AL.atom')!);
    const title = atom(atom(doc, 'entry')[0]!, 'title')[0]?.textContent;
    expect(title).toBe('Albania: Title of AL-1-01 <with> "markup" & more is now Completed');
    expect(escapeXml('a\u0001<b>&\'"')).toBe('a&lt;b&gt;&amp;&apos;&quot;');
  });

  it('says what changed in words: the moved deadline with dates and reason, the value with its quality', () => {
    const doc = parse(feeds.get('feeds/region.atom')!);
    const summaries = atom(doc, 'summary').map((s) => s.textContent);
    expect(summaries).toContain('Commitment RS-2-01: deadline moved from 31 December 2026 to 30 June 2027, agreed in 2026-H1. Reason: Funding delayed.');
    expect(summaries).toContain('New value for 2025: 1,234.5 reports (provisional).');
  });

  it('is a valid feed with no entries when the release changed nothing in a scope', () => {
    const empty = atomFeed(model, release, [], { kind: 'jurisdiction', code: 'RS' }, options);
    const doc = parse(empty);
    expect(atom(doc, 'entry')).toEqual([]);
    expect(atom(doc, 'title')[0]?.textContent).toBe('Roadmap: Serbia');
  });
});
