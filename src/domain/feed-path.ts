/** Where each Atom feed lives under the API base (the Follow control shows it; feed.ts writes it). */
export type FeedScope = { kind: 'region' } | { kind: 'jurisdiction'; code: string } | { kind: 'pillar'; id: string };

/**
 * Path of a feed under the API base (/api/v1): feeds/region.atom, feeds/jurisdictions/AL.atom,
 * feeds/pillars/<id>.atom in English; the same under <locale>/ in another language (sq/feeds/region.atom).
 */
export function feedPath(scope: FeedScope, locale = 'en'): string {
  const prefix = locale === 'en' ? '' : `${encodeURIComponent(locale)}/`;
  if (scope.kind === 'region') return `${prefix}feeds/region.atom`;
  if (scope.kind === 'jurisdiction') return `${prefix}feeds/jurisdictions/${encodeURIComponent(scope.code)}.atom`;
  return `${prefix}feeds/pillars/${encodeURIComponent(scope.id)}.atom`;
}

/**
 * The language of the feed that a page in `locale` offers: its own when the API publishes that
 * language (release.locales), otherwise English, which every API has.
 */
export function feedLocale<L extends string>(locale: L | 'en', published: readonly string[] | undefined): L | 'en' {
  return locale !== 'en' && published?.includes(locale) ? locale : 'en';
}
