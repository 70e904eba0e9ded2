/**
 * The mock API's Atom feeds (through the real msw handlers): well-formed Atom, entries for exactly
 * the as-of release's changes, links to commitments and indicators that exist; the same in each
 * locale, in its language and linking to its pages.
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LOCALES, ProblemSchema } from '../../src/api/schemas';
import { localeOfPath } from '../../src/app/locale-path';
import { SCREEN_PATHS } from '../../src/app/screen-paths';
import { matchScreen } from '../../src/boot/first-requests';
import { ATOM_NS } from '../../src/domain/feed';
import { releaseChanges } from '../../src/domain/release-changes';
import { getDataset } from '../../mocks/data/dataset';

const BASE = 'http://localhost/api/v1';
const data = getDataset();
const changes = releaseChanges(data.commitments, data.indicators, data.roadmap.asOfPeriod);

async function feed(path: string): Promise<Document> {
  const response = await fetch(`${BASE}/${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.getElementsByTagName('parsererror'), path).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(ATOM_NS);
  return doc;
}

const entryLinks = (doc: Document) =>
  [...doc.getElementsByTagNameNS(ATOM_NS, 'entry')].map((entry) => new URL(entry.getElementsByTagNameNS(ATOM_NS, 'link')[0]?.getAttribute('href') ?? ''));

describe('feeds from the mock API', () => {
  it('has release changes of every kind in the bundled data', () => {
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['status', 'deadline', 'value']));
  });

  it('serves the region feed with one entry per change of the release', async () => {
    const doc = await feed('feeds/region.atom');
    expect(doc.getElementsByTagNameNS(ATOM_NS, 'entry')).toHaveLength(changes.length);
  });

  it('serves a feed per jurisdiction whose entries link to that jurisdiction’s commitments or to indicators', async () => {
    for (const j of data.jurisdictions) {
      const links = entryLinks(await feed(`feeds/jurisdictions/${j.code}.atom`));
      expect(links.length, j.code).toBe(changes.filter((c) => c.jurisdiction === j.code).length);
      for (const link of links) {
        const [, kind, id] = link.pathname.split('/');
        if (kind === 'commitments') expect(data.commitments.find((c) => c.id === id)?.jurisdiction).toBe(j.code);
        else expect(data.indicators.some((i) => i.id === id), link.pathname).toBe(true);
      }
    }
  });

  it('carries the Kosovo* designation footnote in every feed that names Kosovo*', async () => {
    const footnote = data.jurisdictions.find((j) => j.code === 'XK')?.designationFootnote ?? '';
    for (const path of ['feeds/region.atom', 'feeds/jurisdictions/XK.atom']) {
      const doc = await feed(path);
      expect(doc.getElementsByTagNameNS(ATOM_NS, 'subtitle')[0]?.textContent, path).toContain(footnote);
    }
    const albania = await feed('feeds/jurisdictions/AL.atom');
    expect(albania.getElementsByTagNameNS(ATOM_NS, 'subtitle')[0]?.textContent).not.toContain('1244');
  });

  it('serves a feed per pillar', async () => {
    for (const p of data.roadmap.pillars) {
      const doc = await feed(`feeds/pillars/${p.id}.atom`);
      expect(doc.getElementsByTagNameNS(ATOM_NS, 'entry').length, p.id).toBe(changes.filter((c) => c.pillar === p.id).length);
    }
  });

  it('answers unknown feeds with a 404 problem document', async () => {
    for (const path of ['feeds/jurisdictions/XX.atom', 'feeds/pillars/nope.atom', 'feeds/jurisdictions/AL.json']) {
      const response = await fetch(`${BASE}/${path}`);
      expect(response.status, path).toBe(404);
      expect(v.parse(ProblemSchema, await response.json()).status).toBe(404);
    }
  });
});

describe('localized feeds from the mock API', () => {
  const albanian = getDataset('default', 'sq');

  it('serves the Albanian region feed in Albanian, every entry linking to an Albanian page that exists', async () => {
    const doc = await feed('sq/feeds/region.atom');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('sq');
    const text = (name: string) => [...doc.getElementsByTagNameNS(ATOM_NS, name)].map((n) => n.textContent ?? '');
    // The feed's own words (the sq catalogue) and the payloads' names in Albanian.
    expect(text('title')[0]).toBe(`${albanian.roadmap.title}: Të gjitha juridiksionet`);
    expect(text('subtitle')[0]).toMatch(/^Ndryshimet e statusit, afatet e zhvendosura dhe vlerat e reja në çdo publikim: /);
    expect(text('subtitle')[0]).toContain('Të dhëna ilustruese');
    expect(text('subtitle')[0]).toContain(albanian.jurisdictions.find((j) => j.code === 'XK')!.designationFootnote!);
    const albania = albanian.jurisdictions.find((j) => j.code === 'AL')!.name;
    expect(albania).not.toBe('Albania');
    expect(text('title').filter((t) => t.startsWith(`${albania}: `)).length).toBeGreaterThan(0);
    expect(text('summary').some((t) => t.startsWith('Zotimi '))).toBe(true);
    expect(text('summary').some((t) => t.startsWith('Vlerë e re për '))).toBe(true);

    const links = entryLinks(doc);
    expect(links).toHaveLength(changes.length);
    for (const link of links) {
      expect(link.origin).toBe('http://localhost');
      const { locale, basename } = localeOfPath(link.pathname);
      expect(locale, link.pathname).toBe('sq');
      const page = matchScreen(link.pathname.slice(basename.length), SCREEN_PATHS);
      expect(page?.screen, link.pathname).toMatch(/^(commitment|indicator)$/);
      // The resource the page loads exists in Albanian.
      const resource = page!.screen === 'commitment' ? `commitments/${page!.params.commitmentId}` : `indicators/${page!.params.indicatorId}`;
      expect((await fetch(`${BASE}/sq/${resource}.json`)).status, link.pathname).toBe(200);
    }
    const alternate = [...doc.getElementsByTagNameNS(ATOM_NS, 'link')].find((l) => l.getAttribute('rel') === 'alternate');
    expect(alternate?.getAttribute('href')).toBe('http://localhost/sq/');
  });

  it('serves every feed in every locale, each with its xml:lang and its own self link', async () => {
    for (const locale of LOCALES) {
      for (const path of ['feeds/region.atom', 'feeds/jurisdictions/XK.atom', `feeds/pillars/${data.roadmap.pillars[0]!.id}.atom`]) {
        const doc = await feed(`${locale}/${path}`);
        expect(doc.documentElement.getAttribute('xml:lang'), `${locale}/${path}`).toBe(locale);
        const self = [...doc.getElementsByTagNameNS(ATOM_NS, 'link')].find((l) => l.getAttribute('rel') === 'self');
        expect(self?.getAttribute('href')).toBe(`${BASE}/${locale}/${path}`);
      }
    }
    const latin = await feed('sr-Latn/feeds/region.atom');
    expect(latin.getElementsByTagNameNS(ATOM_NS, 'title')[0]?.textContent).toMatch(/: Sve jurisdikcije$/);
  });

  it('answers a feed in an unknown locale with a 404 problem document', async () => {
    for (const path of ['xx/feeds/region.atom', 'sq/feeds/jurisdictions/XX.atom', 'sq/feeds/pillars/nope.atom']) {
      const response = await fetch(`${BASE}/${path}`);
      expect(response.status, path).toBe(404);
      expect(v.parse(ProblemSchema, await response.json()).status).toBe(404);
    }
  });
});
