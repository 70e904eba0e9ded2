import { describe, expect, it } from 'vitest';
import { JURISDICTION_CODES } from '../../../src/api/schemas';
import { SCREEN_PATHS } from '../../../src/app/screen-paths';
import { firstRequests, matchScreen, pageLocale } from '../../../src/boot/first-requests';
import { catalogueRequests, LOCALES, localeInfo, type Locale } from '../../../src/i18n/locales';

/** What the build writes into the page for the boot script (vite.config.ts screenAssets / catalogueAssets). */
const TABLES = { paths: SCREEN_PATHS, locales: LOCALES.map((l) => l.code).filter((code) => code !== 'en') };

const at = (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  return firstRequests(pathname, searchParams, TABLES);
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
    expect(firstRequests('/mk/jurisdictions/al', new URLSearchParams(), TABLES)).toEqual({
      screen: 'jurisdiction',
      endpoints: ['/mk/roadmap.json', '/mk/jurisdictions/AL.json', '/mk/jurisdictions/AL/commitments.json', '/mk/release.json'],
    });
    expect(firstRequests('/sr-Latn/', new URLSearchParams(), TABLES)).toEqual({
      screen: 'overview',
      endpoints: ['/sr-Latn/roadmap.json', '/sr-Latn/jurisdictions.json', '/sr-Latn/progress.json', '/sr-Latn/release.json'],
    });
  });

  it('preloads nothing for an unknown prefix or English spelled out', () => {
    expect(firstRequests('/xx/jurisdictions/AL', new URLSearchParams(), TABLES)).toEqual({ screen: null, endpoints: [] });
    expect(firstRequests('/en/about', new URLSearchParams(), TABLES)).toEqual({ screen: null, endpoints: [] });
  });
});


describe('catalogueRequests: the catalogue files a page in another language needs', () => {
  const all = () => true;
  const locale = (code: Locale) => localeInfo(code);
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
});

describe('pageLocale: the language of a path, among those the page lists', () => {
  it('reads the first segment when it is a listed language, and English is none of them', () => {
    expect(pageLocale('/mk/jurisdictions/AL', TABLES.locales)).toBe('mk');
    expect(pageLocale('/sr-Latn/', TABLES.locales)).toBe('sr-Latn');
    expect(pageLocale('/jurisdictions/AL', TABLES.locales)).toBeNull();
    expect(pageLocale('/xx/jurisdictions/AL', TABLES.locales)).toBeNull();
    expect(pageLocale('/en/about', [...TABLES.locales, 'en'])).toBeNull();
    // A language the build did not list (no catalogue file) is not recognised.
    expect(pageLocale('/mk/about', ['sq'])).toBeNull();
  });
});

describe('matchScreen: the screen of a path, from the router\'s table', () => {
  it('matches each pattern with its parameters, decoded, and nothing else', () => {
    expect(matchScreen('/', SCREEN_PATHS)).toEqual({ screen: 'overview', params: {} });
    expect(matchScreen('/jurisdictions/AL/', SCREEN_PATHS)).toEqual({ screen: 'jurisdiction', params: { code: 'AL' } });
    expect(matchScreen('/indicators/a%20b', SCREEN_PATHS)).toEqual({ screen: 'indicator', params: { indicatorId: 'a b' } });
    expect(matchScreen('/indicators/%E0%A4%A', SCREEN_PATHS)).toEqual({ screen: 'indicator', params: { indicatorId: '%E0%A4%A' } });
    expect(matchScreen('/jurisdictions', SCREEN_PATHS)).toBeNull();
    expect(matchScreen('/about', { ...SCREEN_PATHS, about: '/info' })).toBeNull();
  });
});
