import { describe, expect, it } from 'vitest';
import { JURISDICTION_CODES } from '../../../src/api/schemas';
import { catalogueRequests, firstRequests, pageLocale } from '../../../src/boot/first-requests';

const at = (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  return firstRequests(pathname, searchParams);
};

describe('firstRequests', () => {
  // The roadmap first, on every screen: the screen and the header need it.
  it('asks for the overview figures of the latest period, not those of a chosen one', () => {
    expect(at('/')).toEqual({ screen: 'overview', endpoints: ['/roadmap.json', '/jurisdictions.json', '/progress.json', '/release.json'] });
    // A chosen period is checked against the roadmap first.
    expect(at('/?period=2025-H2')).toEqual({ screen: 'overview', endpoints: ['/roadmap.json', '/jurisdictions.json', '/release.json'] });
  });

  it('asks for a jurisdiction by its upper-case code, and for nothing when the code is unknown', () => {
    expect(at('/jurisdictions/al')).toEqual({
      screen: 'jurisdiction',
      endpoints: ['/roadmap.json', '/jurisdictions/AL.json', '/jurisdictions/AL/commitments.json', '/release.json'],
    });
    expect(at('/jurisdictions/RS?period=2025-H2').endpoints).toEqual(['/roadmap.json', '/jurisdictions/RS.json', '/release.json']);
    // An id the loader rejects: nothing, not even the roadmap (the screen goes to not-found).
    expect(at('/jurisdictions/ZZ')).toEqual({ screen: 'jurisdiction', endpoints: [] });
    // The boot script keeps its own copy of the contract's codes (it runs before the app's code).
    for (const code of JURISDICTION_CODES) expect(at(`/jurisdictions/${code}`).endpoints[1], code).toBe(`/jurisdictions/${code}.json`);
  });

  it('asks for an indicator by a well-formed id only', () => {
    expect(at('/indicators/str-received')).toEqual({ screen: 'indicator', endpoints: ['/roadmap.json', '/indicators/str-received.json', '/jurisdictions.json', '/release.json'] });
    expect(at('/indicators/NOT%20AN%20ID')).toEqual({ screen: 'indicator', endpoints: [] });
  });

  it('asks only for the jurisdictions on screens whose other data depends on the roadmap', () => {
    expect(at('/pillars/financial-intelligence')).toEqual({ screen: 'pillar', endpoints: ['/roadmap.json', '/jurisdictions.json', '/release.json'] });
    expect(at('/commitments/AL-1-01')).toEqual({ screen: 'commitment', endpoints: ['/roadmap.json', '/jurisdictions.json', '/release.json'] });
    expect(at('/commitments/not-an-id')).toEqual({ screen: 'commitment', endpoints: [] });
    expect(at('/about')).toEqual({ screen: 'about', endpoints: ['/roadmap.json', '/jurisdictions.json', '/release.json'] });
  });

  it('asks for nothing on other paths, the presenter and malformed ones included', () => {
    for (const url of ['/present?slides=overview-status', '/no/such/page', '/jurisdictions/AL/extra', '/%E0%A4%A', '/pillars/']) {
      expect(at(url).endpoints, url).toEqual([]);
    }
    expect(at('/no/such/page').screen).toBeNull();
  });
});

describe('first requests in another language', () => {
  it('asks for the page language\'s copies and its roadmap', () => {
    expect(firstRequests('/mk/jurisdictions/al', new URLSearchParams())).toEqual({
      screen: 'jurisdiction',
      endpoints: ['/mk/roadmap.json', '/mk/jurisdictions/AL.json', '/mk/jurisdictions/AL/commitments.json', '/mk/release.json'],
    });
    expect(firstRequests('/sr-Latn/', new URLSearchParams())).toEqual({
      screen: 'overview',
      endpoints: ['/sr-Latn/roadmap.json', '/sr-Latn/jurisdictions.json', '/sr-Latn/progress.json', '/sr-Latn/release.json'],
    });
  });

  it('preloads nothing for an unknown prefix or English spelled out', () => {
    expect(firstRequests('/xx/jurisdictions/AL', new URLSearchParams())).toEqual({ screen: null, endpoints: [] });
    expect(firstRequests('/en/about', new URLSearchParams())).toEqual({ screen: null, endpoints: [] });
  });
});


describe('catalogueRequests: the catalogue files a page in another language needs', () => {
  const all = () => true;
  const locale = (code: string) => pageLocale(`/${code}/`)!;
  it('a locale with its own catalogue: its folder\'s file', () => {
    expect(catalogueRequests(locale('mk'), all)).toEqual(['mk']);
  });
  it('Serbian Latin: the Cyrillic file and the transliteration code', () => {
    expect(catalogueRequests(locale('sr-Latn'), all)).toEqual(['sr-Cyrl', 'transliterate']);
  });
  it('Montenegrin: the Bosnian file and its own differences where it has them', () => {
    expect(catalogueRequests(locale('cnr'), all)).toEqual(['bs', 'cnr']);
    expect(catalogueRequests(locale('cnr'), (file) => file !== 'cnr')).toEqual(['bs']);
  });
  it('English is no other language', () => {
    expect(pageLocale('/jurisdictions/AL')).toBeNull();
    expect(pageLocale('/xx/jurisdictions/AL')).toBeNull();
  });
});
