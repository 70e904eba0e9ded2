/**
 * The site's screens and their paths: the one route table that the router (routes.tsx) reads and
 * that the build writes into index.html for the boot script (src/boot, scripts/vite-first-paint.ts).
 */
export const SCREEN_PATHS = {
  overview: '/',
  jurisdiction: '/jurisdictions/:code',
  pillar: '/pillars/:pillarId',
  indicator: '/indicators/:indicatorId',
  commitment: '/commitments/:commitmentId',
  about: '/about',
  reporting: '/reporting',
  frameworks: '/frameworks',
} as const;

export type ScreenName = keyof typeof SCREEN_PATHS;

/** A child route's path under the shell: '/jurisdictions/:code' -> 'jurisdictions/:code'. */
export function childPath(screen: Exclude<ScreenName, 'overview'>): string {
  return SCREEN_PATHS[screen].slice(1);
}
