/**
 * Atom feeds (RFC 4287) of a release's changes: one for the region, one per jurisdiction and one per
 * pillar, in each language. Each entry is a status change, a moved deadline or a new value, and links
 * to the page of its commitment or indicator in the feed's language. `buildFeeds` is what data:build
 * calls to write the static files; the mock API serves the same feeds. The fixed texts come from the
 * `feeds` catalogue (src/i18n/<locale>/feeds.ts); names, statuses, units and reasons from the
 * localized payloads in the model. Pure, no React, no DOM, no i18next.
 */
import type { ApiLocale, CommitmentDetail, Indicator, Jurisdiction, Period, Roadmap } from '../api/schemas';
import { oneFullStop } from './full-stop';
import { feeds as bs } from '../i18n/bs/feeds';
import { feeds as en, type FeedMessages } from '../i18n/en/feeds';
import { catalogueSource, intlLocale, localeInfo } from '../i18n/locales';
import { feeds as mk } from '../i18n/mk/feeds';
import { feeds as sq } from '../i18n/sq/feeds';
import { feeds as srCyrl } from '../i18n/sr-Cyrl/feeds';
import { transliterateCatalogue } from '../i18n/transliterate';
import { formatIsoDate } from './commitment-detail';
import { formatNumber } from './format';
import { changeKey, changePath, releaseChanges, type ReleaseChange } from './release-changes';
import { feedPath, type FeedScope } from './feed-path';
import { el, xmlDocument, type XmlNode } from './xml';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** The data a feed needs: the API's payloads (or the model data:build turns into them). */
export interface FeedModel {
  roadmap: Pick<Roadmap, 'title' | 'pillars' | 'statuses' | 'dataStatus'>;
  jurisdictions: readonly Pick<Jurisdiction, 'code' | 'name' | 'designationFootnote'>[];
  commitments: readonly Pick<CommitmentDetail, 'id' | 'jurisdiction' | 'pillar' | 'title' | 'history' | 'deadline' | 'deadlineHistory'>[];
  indicators: readonly Pick<Indicator, 'id' | 'pillar' | 'name' | 'unit' | 'series'>[];
}

export interface FeedRelease {
  /** Release id; for the bundled data, the period. */
  id: string;
  /** The reporting period whose changes the release brings. */
  period: Period;
  /** When the release was built, ISO 8601 date-time (UTC). */
  builtAt: string;
}

export { feedPath, type FeedScope } from './feed-path';
export type { FeedMessages } from '../i18n/en/feeds';

/** The changes a scope's feed carries. */
export function changesInScope(changes: readonly ReleaseChange[], scope: FeedScope): ReleaseChange[] {
  if (scope.kind === 'region') return [...changes];
  if (scope.kind === 'jurisdiction') return changes.filter((c) => c.jurisdiction === scope.code);
  return changes.filter((c) => c.pillar === scope.id);
}

export interface FeedOptions {
  /** Origin and base path of the app's pages, e.g. https://monitor.example.org (no trailing slash). */
  siteUrl: string;
  /** Origin and base path of the API, e.g. https://monitor.example.org/api/v1. */
  apiUrl: string;
  /**
   * The feed's language (default English): its `xml:lang`, number and date formats, the prefix of its
   * path (sq/feeds/...) and of the pages it links to (/sq/commitments/...). The model should be the
   * payloads in the same language.
   */
  locale?: ApiLocale;
  /** The language's `feeds` catalogue; default: `feedMessages(locale)`. */
  messages?: FeedMessages;
}

// Montenegrin's feed strings are Bosnian's: it has no differences of its own here (i18n/derive.ts).
const CATALOGUES: Partial<Record<ApiLocale, FeedMessages>> = { en, sq, bs, mk, 'sr-Cyrl': srCyrl };
const transliterated = new Map<ApiLocale, FeedMessages>();

/** The `feeds` catalogue of a locale; a transliterated locale (sr-Latn) is made from its source, as the app does. */
export function feedMessages(locale: ApiLocale): FeedMessages {
  const own = CATALOGUES[locale];
  if (own) return own;
  if (locale === 'en') return en;
  const { folder, transliterate } = catalogueSource(localeInfo(locale));
  const source = CATALOGUES[folder as ApiLocale];
  if (!source) return en;
  if (!transliterate) return source;
  let made = transliterated.get(locale);
  if (!made) transliterated.set(locale, (made = transliterateCatalogue(source) as FeedMessages));
  return made;
}

/**
 * Fills each `{{name}}` of a catalogue string with its value, once (values are not read for
 * placeholders); an unknown name stays as written. A value that ends with a full stop (a reason, a
 * date in bs, mk or sr) takes no second one from the sentence, as on the screens (full-stop.ts).
 */
export function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
  return oneFullStop(template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole)));
}

/** The locale given to Intl: the app's tag (locales.ts); English dates are British, as on the English screens. */
function intlTag(locale: ApiLocale): string {
  return locale === 'en' ? 'en-GB' : intlLocale(locale);
}

/** A page's path in a language: /jurisdictions/AL in English, /sq/jurisdictions/AL (and /sq/ for the overview) in Albanian. */
export function pageInLocale(path: string, locale: ApiLocale = 'en'): string {
  return locale === 'en' ? path : `/${encodeURIComponent(locale)}${path}`;
}

interface Language {
  locale: ApiLocale;
  messages: FeedMessages;
  tag: string;
}

function languageOf(options: FeedOptions): Language {
  const locale = options.locale ?? 'en';
  return { locale, messages: options.messages ?? feedMessages(locale), tag: intlTag(locale) };
}

function entryTexts(change: ReleaseChange, model: FeedModel, { messages: m, tag }: Language): { title: string; summary: string } {
  const place = model.jurisdictions.find((j) => j.code === change.jurisdiction)?.name ?? change.jurisdiction;
  const status = (code: string | null) => model.roadmap.statuses.find((s) => s.code === code)?.label ?? code ?? '';
  const texts = (pair: { title: string; summary: string }, values: Record<string, string | number>) => ({
    title: interpolate(pair.title, { place, title: change.title, ...values }),
    summary: interpolate(pair.summary, { commitment: change.kind === 'value' ? '' : change.commitment, period: change.period, ...values }),
  });
  switch (change.kind) {
    case 'status':
      return change.from === null
        ? texts(m.added, { status: status(change.to) })
        : texts(m.status, { status: status(change.to), from: status(change.from) });
    case 'deadline':
      return texts(m.deadline, { from: formatIsoDate(change.from, tag), to: formatIsoDate(change.to, tag), reason: change.reason });
    case 'value': {
      const values = { year: change.year, value: formatNumber(change.value, undefined, tag), unit: change.unit };
      if (change.quality === 'reported') return texts(m.value, values);
      return texts({ title: m.value.title, summary: m.value.qualified }, { ...values, quality: m.quality[change.quality] });
    }
  }
}

function scopeName(scope: FeedScope, model: FeedModel, messages: FeedMessages): { title: string; page: string } {
  if (scope.kind === 'jurisdiction') {
    const j = model.jurisdictions.find((x) => x.code === scope.code);
    return { title: j?.name ?? scope.code, page: `/jurisdictions/${encodeURIComponent(scope.code)}` };
  }
  if (scope.kind === 'pillar') {
    const p = model.roadmap.pillars.find((x) => x.id === scope.id);
    return { title: p?.name ?? scope.id, page: `/pillars/${encodeURIComponent(scope.id)}` };
  }
  return { title: messages.region, page: '/' };
}

/** One scope's Atom document for a release, in the language of `options.locale`. */
export function atomFeed(model: FeedModel, release: FeedRelease, changes: readonly ReleaseChange[], scope: FeedScope, options: FeedOptions): string {
  const language = languageOf(options);
  const { locale, messages: m } = language;
  const { title, page } = scopeName(scope, model, m);
  const own = changesInScope(changes, scope);
  const feedUrl = `${options.apiUrl}/${feedPath(scope, locale)}`;
  const roadmap = model.roadmap.title;
  // A name that carries a designation footnote (Kosovo*) brings it wherever the name appears.
  const named = new Set<string>(scope.kind === 'jurisdiction' ? [scope.code] : own.map((c) => c.jurisdiction));
  const footnotes = model.jurisdictions
    .filter((j) => j.designationFootnote && named.has(j.code))
    .map((j) => interpolate(m.footnote, { name: j.name, footnote: j.designationFootnote ?? '' }));
  const subtitle = [interpolate(m.subtitle, { roadmap }), ...(model.roadmap.dataStatus === 'illustrative' ? [m.illustrative] : []), ...footnotes].join(' ');
  const entries: XmlNode[] = own.map((change) => {
    const texts = entryTexts(change, model, language);
    const link = `${options.siteUrl}${pageInLocale(changePath(change), locale)}`;
    return el(
      'entry',
      {},
      el('id', {}, `${link}#release-${changeKey(change).replace(/[^A-Za-z0-9-]+/g, '-')}`),
      el('title', { type: 'text' }, texts.title),
      el('updated', {}, release.builtAt),
      el('link', { rel: 'alternate', type: 'text/html', href: link }),
      el('category', { term: change.kind }),
      el('summary', { type: 'text' }, texts.summary),
    );
  });
  const root = el(
    'feed',
    { xmlns: ATOM_NS, 'xml:lang': locale },
    el('id', {}, feedUrl),
    el('title', { type: 'text' }, interpolate(m.title, { roadmap, scope: title })),
    el('subtitle', { type: 'text' }, subtitle),
    el('updated', {}, release.builtAt),
    el('link', { rel: 'self', type: 'application/atom+xml', href: feedUrl }),
    el('link', { rel: 'alternate', type: 'text/html', href: `${options.siteUrl}${pageInLocale(page, locale)}` }),
    el('author', {}, el('name', {}, 'Roadmap Monitor')),
    el('generator', {}, 'Roadmap Monitor'),
    ...entries,
  );
  return xmlDocument(root);
}

/** Every scope a release has a feed for: the region, each jurisdiction, each pillar. */
export function feedScopes(model: FeedModel): FeedScope[] {
  return [
    { kind: 'region' },
    ...model.jurisdictions.map((j): FeedScope => ({ kind: 'jurisdiction', code: j.code })),
    ...model.roadmap.pillars.map((p): FeedScope => ({ kind: 'pillar', id: p.id })),
  ];
}

/**
 * All feeds of a release in one language, keyed by path under the API base (feedPath: feeds/... in
 * English, <locale>/feeds/... otherwise). data:build writes each to `<out>/api/v1/<path>`; the mock
 * API answers the same paths.
 */
export function buildFeeds(model: FeedModel, release: FeedRelease, options: FeedOptions): Map<string, string> {
  const changes = releaseChanges(model.commitments, model.indicators, release.period);
  const resolved: FeedOptions = { ...options, messages: languageOf(options).messages };
  return new Map(feedScopes(model).map((scope) => [feedPath(scope, options.locale), atomFeed(model, release, changes, scope, resolved)]));
}
