/** Where each Atom feed lives under the API base (the Follow control shows it; feed.ts writes it). */
export type FeedScope = { kind: 'region' } | { kind: 'jurisdiction'; code: string } | { kind: 'pillar'; id: string };

/** Path of a feed under the API base (/api/v1): feeds/region.atom, feeds/jurisdictions/AL.atom, feeds/pillars/<id>.atom. */
export function feedPath(scope: FeedScope): string {
  if (scope.kind === 'region') return 'feeds/region.atom';
  if (scope.kind === 'jurisdiction') return `feeds/jurisdictions/${encodeURIComponent(scope.code)}.atom`;
  return `feeds/pillars/${encodeURIComponent(scope.id)}.atom`;
}
