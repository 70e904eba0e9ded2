/**
 * Atom feeds (RFC 4287) of a release's changes: one for the region, one per jurisdiction and one per
 * pillar. Each entry is a status change, a moved deadline or a new value, and links to the page of
 * its commitment or indicator. `buildFeeds` is what data:build calls to write the static files;
 * the mock API serves the same feeds. Pure, no React, no DOM.
 */
import type { CommitmentDetail, Indicator, Jurisdiction, Period, Roadmap } from '../api/schemas';
import { formatIsoDate } from './commitment-detail';
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
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function entryTexts(change: ReleaseChange, model: FeedModel): { title: string; summary: string } {
  const place = model.jurisdictions.find((j) => j.code === change.jurisdiction)?.name ?? change.jurisdiction;
  const status = (code: string | null) => model.roadmap.statuses.find((s) => s.code === code)?.label ?? code ?? '';
  switch (change.kind) {
    case 'status':
      return change.from === null
        ? { title: `${place}: ${change.title} added (${status(change.to)})`, summary: `Commitment ${change.commitment} was added to the roadmap in ${change.period} with the status ${status(change.to)}.` }
        : {
            title: `${place}: ${change.title} is now ${status(change.to)}`,
            summary: `Commitment ${change.commitment}: status at the end of ${change.period} is ${status(change.to)} (it was ${status(change.from)}).`,
          };
    case 'deadline':
      return {
        title: `${place}: deadline moved for ${change.title}`,
        summary: `Commitment ${change.commitment}: deadline moved from ${formatIsoDate(change.from)} to ${formatIsoDate(change.to)}, agreed in ${change.period}. Reason: ${change.reason}.`,
      };
    case 'value': {
      const quality = change.quality === 'reported' ? '' : ` (${change.quality})`;
      return {
        title: `${place}: ${change.title}, ${change.year}`,
        summary: `New value for ${change.year}: ${number.format(change.value)} ${change.unit}${quality}.`,
      };
    }
  }
}

function scopeName(scope: FeedScope, model: FeedModel): { title: string; page: string } {
  if (scope.kind === 'jurisdiction') {
    const j = model.jurisdictions.find((x) => x.code === scope.code);
    return { title: j?.name ?? scope.code, page: `/jurisdictions/${encodeURIComponent(scope.code)}` };
  }
  if (scope.kind === 'pillar') {
    const p = model.roadmap.pillars.find((x) => x.id === scope.id);
    return { title: p?.name ?? scope.id, page: `/pillars/${encodeURIComponent(scope.id)}` };
  }
  return { title: 'All jurisdictions', page: '/' };
}

/** One scope's Atom document for a release. */
export function atomFeed(model: FeedModel, release: FeedRelease, changes: readonly ReleaseChange[], scope: FeedScope, options: FeedOptions): string {
  const { title, page } = scopeName(scope, model);
  const own = changesInScope(changes, scope);
  const feedUrl = `${options.apiUrl}/${feedPath(scope)}`;
  // A name that carries a designation footnote (Kosovo*) brings it wherever the name appears.
  const named = new Set<string>(scope.kind === 'jurisdiction' ? [scope.code] : own.map((c) => c.jurisdiction));
  const footnotes = model.jurisdictions
    .filter((j) => j.designationFootnote && named.has(j.code))
    .map((j) => ` ${j.name}: ${j.designationFootnote}`)
    .join('');
  const illustrative = model.roadmap.dataStatus === 'illustrative' ? ' Illustrative data: not reported by any jurisdiction.' : '';
  const subtitle = `Status changes, moved deadlines and new values in each release of ${model.roadmap.title}.${illustrative}${footnotes}`;
  const entries: XmlNode[] = own.map((change) => {
    const texts = entryTexts(change, model);
    const link = `${options.siteUrl}${changePath(change)}`;
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
    { xmlns: ATOM_NS, 'xml:lang': 'en' },
    el('id', {}, feedUrl),
    el('title', { type: 'text' }, `${model.roadmap.title}: ${title}`),
    el('subtitle', { type: 'text' }, subtitle),
    el('updated', {}, release.builtAt),
    el('link', { rel: 'self', type: 'application/atom+xml', href: feedUrl }),
    el('link', { rel: 'alternate', type: 'text/html', href: `${options.siteUrl}${page}` }),
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
 * All feeds of a release, keyed by path under the API base (feedPath). data:build writes each to
 * `<out>/api/v1/<path>`; the mock API answers the same paths.
 */
export function buildFeeds(model: FeedModel, release: FeedRelease, options: FeedOptions): Map<string, string> {
  const changes = releaseChanges(model.commitments, model.indicators, release.period);
  return new Map(feedScopes(model).map((scope) => [feedPath(scope), atomFeed(model, release, changes, scope, options)]));
}
