/** Over 300 lines: it holds the English region feed as written before the feeds had other languages, verbatim, to check that English is unchanged byte for byte. */
import { describe, expect, it } from 'vitest';
import type { CommitmentDetail, Indicator } from '../../../src/api/schemas';
import { ATOM_NS, atomFeed, buildFeeds, feedMessages, feedPath, interpolate, type FeedMessages, type FeedModel, type FeedRelease } from '../../../src/domain/feed';
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

/** The region feed of `model` in English as the generator wrote it before the feeds had other languages. */
const ENGLISH_REGION = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>https://monitor.example.org/api/v1/feeds/region.atom</id>
  <title type="text">Roadmap: All jurisdictions</title>
  <subtitle type="text">Status changes, moved deadlines and new values in each release of Roadmap. Illustrative data: not reported by any jurisdiction.</subtitle>
  <updated>2026-07-31T00:00:00Z</updated>
  <link rel="self" type="application/atom+xml" href="https://monitor.example.org/api/v1/feeds/region.atom"/>
  <link rel="alternate" type="text/html" href="https://monitor.example.org/"/>
  <author>
    <name>Roadmap Monitor</name>
  </author>
  <generator>Roadmap Monitor</generator>
  <entry>
    <id>https://monitor.example.org/commitments/AL-1-01#release-2026-H1-status-AL-1-01</id>
    <title type="text">Albania: Title of AL-1-01 &lt;with&gt; &quot;markup&quot; &amp; more is now Completed</title>
    <updated>2026-07-31T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://monitor.example.org/commitments/AL-1-01"/>
    <category term="status"/>
    <summary type="text">Commitment AL-1-01: status at the end of 2026-H1 is Completed (it was In progress).</summary>
  </entry>
  <entry>
    <id>https://monitor.example.org/indicators/str#release-2026-H1-value-str-AL-2025</id>
    <title type="text">Albania: STRs, 2025</title>
    <updated>2026-07-31T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://monitor.example.org/indicators/str"/>
    <category term="value"/>
    <summary type="text">New value for 2025: 1,234.5 reports (provisional).</summary>
  </entry>
  <entry>
    <id>https://monitor.example.org/commitments/RS-2-01#release-2026-H1-status-RS-2-01</id>
    <title type="text">Serbia: Title of RS-2-01 &lt;with&gt; &quot;markup&quot; &amp; more added (Not started)</title>
    <updated>2026-07-31T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://monitor.example.org/commitments/RS-2-01"/>
    <category term="status"/>
    <summary type="text">Commitment RS-2-01 was added to the roadmap in 2026-H1 with the status Not started.</summary>
  </entry>
  <entry>
    <id>https://monitor.example.org/commitments/RS-2-01#release-2026-H1-deadline-RS-2-01</id>
    <title type="text">Serbia: deadline moved for Title of RS-2-01 &lt;with&gt; &quot;markup&quot; &amp; more</title>
    <updated>2026-07-31T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://monitor.example.org/commitments/RS-2-01"/>
    <category term="deadline"/>
    <summary type="text">Commitment RS-2-01: deadline moved from 31 December 2026 to 30 June 2027, agreed in 2026-H1. Reason: Funding delayed.</summary>
  </entry>
</feed>
`;

/** `model` as the Macedonian payloads carry it: names and statuses in Macedonian, the titles left in English (untranslated). */
const macedonian: FeedModel = {
  ...model,
  roadmap: {
    ...model.roadmap,
    title: 'Патоказ',
    pillars: model.roadmap.pillars.map((p, i) => ({ ...p, name: ['Прв столб', 'Втор столб'][i]! })),
    statuses: model.roadmap.statuses.map((s) => ({ ...s, label: { not_started: 'Не е започната', in_progress: 'Во тек', completed: 'Завршена', discontinued: 'Прекината' }[s.code]! })),
  },
  jurisdictions: [
    { code: 'AL', name: 'Албанија', designationFootnote: null },
    { code: 'RS', name: 'Србија', designationFootnote: null },
  ],
  indicators: model.indicators.map((i) => ({ ...i, name: 'Пријави за сомнителни трансакции', unit: 'пријави' })),
};
const mkOptions = { ...options, locale: 'mk' as const };

describe('Atom feeds in another language', () => {
  const feeds = buildFeeds(macedonian, release, mkOptions);
  const region = parse(feeds.get('mk/feeds/region.atom') ?? '');
  const text = (node: Document | Element, name: string) => atom(node, name).map((n) => n.textContent);

  it('lives under the locale’s path, with xml:lang and a self link there', () => {
    expect([...feeds.keys()]).toEqual(['mk/feeds/region.atom', 'mk/feeds/jurisdictions/AL.atom', 'mk/feeds/jurisdictions/RS.atom', 'mk/feeds/pillars/p1.atom', 'mk/feeds/pillars/p2.atom']);
    expect(region.documentElement.getAttribute('xml:lang')).toBe('mk');
    expect(region.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe('mk');
    expect(atom(region, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href')).toBe('https://monitor.example.org/api/v1/mk/feeds/region.atom');
    expect(atom(region, 'id')[0]?.textContent).toBe('https://monitor.example.org/api/v1/mk/feeds/region.atom');
  });

  it('speaks Macedonian in Cyrillic: the feed’s own words from the catalogue, names and statuses from the payloads', () => {
    expect(text(region, 'title')[0]).toBe('Патоказ: Сите јурисдикции');
    expect(text(region, 'subtitle')[0]).toBe('Промени на статусот, поместени рокови и нови вредности во секое издание: Патоказ. Илустративни податоци: не ги известила ниту една јурисдикција.');
    const entries = atom(region, 'entry');
    expect(entries.map((e) => text(e, 'title')[0])).toEqual([
      'Албанија: Title of AL-1-01 <with> "markup" & more: сега Завршена',
      'Албанија: Пријави за сомнителни трансакции, 2025',
      'Србија: Title of RS-2-01 <with> "markup" & more: додадена (Не е започната)',
      'Србија: Title of RS-2-01 <with> "markup" & more: рокот е поместен',
    ]);
    expect(entries.map((e) => text(e, 'summary')[0])).toEqual([
      'Обврска AL-1-01: статусот на крајот на 2026-H1 е Завршена (беше Во тек).',
      // Numbers and dates in the locale's format (Intl, `mk`).
      'Нова вредност за 2025: 1.234,5 пријави (привремена).',
      'Обврската RS-2-01 е додадена во патоказот во 2026-H1 со статус Не е започната.',
      'Обврска RS-2-01: рокот е поместен од 31 декември 2026 г. на 30 јуни 2027 г., договорено во 2026-H1. Причина: Funding delayed.',
    ]);
    for (const title of text(region, 'title')) expect(title).toMatch(/[\u0400-\u04FF]/);
    expect(text(parse(feeds.get('mk/feeds/pillars/p2.atom')!), 'title')[0]).toBe('Патоказ: Втор столб');
  });

  it('links every entry and the feed itself to the pages in Macedonian', () => {
    expect(atom(region, 'entry').map((e) => atom(e, 'link')[0]?.getAttribute('href'))).toEqual([
      'https://monitor.example.org/mk/commitments/AL-1-01',
      'https://monitor.example.org/mk/indicators/str',
      'https://monitor.example.org/mk/commitments/RS-2-01',
      'https://monitor.example.org/mk/commitments/RS-2-01',
    ]);
    const alternate = (path: string) => atom(parse(feeds.get(path)!), 'link').find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href');
    expect(alternate('mk/feeds/region.atom')).toBe('https://monitor.example.org/mk/');
    expect(alternate('mk/feeds/jurisdictions/AL.atom')).toBe('https://monitor.example.org/mk/jurisdictions/AL');
    expect(alternate('mk/feeds/pillars/p1.atom')).toBe('https://monitor.example.org/mk/pillars/p1');
    expect(atom(atom(region, 'entry')[0]!, 'id')[0]?.textContent).toBe('https://monitor.example.org/mk/commitments/AL-1-01#release-2026-H1-status-AL-1-01');
  });

  it('carries a designation footnote in the language of the feed', () => {
    const withKosovo: FeedModel = { ...macedonian, jurisdictions: [...macedonian.jurisdictions, { code: 'XK', name: 'Косово*', designationFootnote: 'Оваа ознака не ги доведува во прашање ставовите за статусот.' }] };
    const doc = parse(atomFeed(withKosovo, release, [], { kind: 'jurisdiction', code: 'XK' }, mkOptions));
    expect(text(doc, 'subtitle')[0]).toMatch(/ Косово\*: Оваа ознака не ги доведува во прашање ставовите за статусот\.$/);
  });

  it('writes Serbian in Latin script from the Cyrillic catalogue, and takes any catalogue it is given', () => {
    expect(feedMessages('sr-Latn').region).toBe('Sve jurisdikcije');
    expect(feedMessages('sr-Latn').deadline.title).toBe('{{place}}: {{title}}: rok pomeren');
    expect(feedMessages('sr-Cyrl').region).toBe('Све јурисдикције');
    const latin = parse(atomFeed(model, release, [], { kind: 'region' }, { ...options, locale: 'sr-Latn' }));
    expect(latin.documentElement.getAttribute('xml:lang')).toBe('sr-Latn');
    expect(atom(latin, 'title')[0]?.textContent).toBe('Roadmap: Sve jurisdikcije');
    const messages: FeedMessages = { ...feedMessages('en'), region: 'Every place', title: '{{scope}} ({{roadmap}})' };
    expect(atom(parse(atomFeed(model, release, [], { kind: 'region' }, { ...options, messages })), 'title')[0]?.textContent).toBe('Every place (Roadmap)');
  });
});

describe('English feeds', () => {
  it('are byte for byte what they were before the feeds had other languages, xml:lang included', () => {
    expect(buildFeeds(model, release, options).get('feeds/region.atom')).toBe(ENGLISH_REGION);
    expect(buildFeeds(model, release, { ...options, locale: 'en' }).get('feeds/region.atom')).toBe(ENGLISH_REGION);
    expect(ENGLISH_REGION).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  });

  it('join a designation footnote to the subtitle as before', () => {
    const withKosovo: FeedModel = { ...model, jurisdictions: [...model.jurisdictions, { code: 'XK', name: 'Kosovo*', designationFootnote: 'This designation is without prejudice.' }] };
    const doc = parse(atomFeed(withKosovo, release, [], { kind: 'jurisdiction', code: 'XK' }, options));
    expect(atom(doc, 'subtitle')[0]?.textContent).toBe(
      'Status changes, moved deadlines and new values in each release of Roadmap. Illustrative data: not reported by any jurisdiction. Kosovo*: This designation is without prejudice.',
    );
  });
});

describe('interpolate', () => {
  it('fills each {{name}} once, leaves unknown names, and reads no placeholders or $ patterns in values', () => {
    expect(interpolate('{{a}} and {{ b }}, {{a}}', { a: 'x', b: 2 })).toBe('x and 2, x');
    expect(interpolate('{{a}} {{missing}}', { a: 'x' })).toBe('x {{missing}}');
    expect(interpolate('{{a}}', { a: '{{b}} $& $1', b: 'no' })).toBe('{{b}} $& $1');
    // A value that ends a sentence with its own full stop takes no second one.
    expect(interpolate('Razlog: {{reason}}.', { reason: 'Izmjene zakona.' })).toBe('Razlog: Izmjene zakona.');
    expect(interpolate('{{constructor}}', {})).toBe('{{constructor}}');
  });
});
