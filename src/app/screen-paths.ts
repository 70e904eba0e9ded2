/**
 * The site's screens and their paths: the one route table that the router (routes.tsx) and the
 * boot script (src/boot) both read. Dependency-free, so that the boot script stays tiny.
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

/** The screen a path (without the language prefix) shows, with its parameters; null for none. */
export function matchScreen(pathname: string): { screen: ScreenName; params: Record<string, string> } | null {
  const parts = (pathname.replace(/\/+$/, '') || '/').split('/').slice(1).filter(Boolean);
  for (const [screen, pattern] of Object.entries(SCREEN_PATHS) as [ScreenName, string][]) {
    const want = pattern.split('/').slice(1).filter(Boolean);
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = want.every((segment, i) => {
      const part = parts[i] ?? '';
      if (!segment.startsWith(':')) return segment === part;
      try {
        params[segment.slice(1)] = decodeURIComponent(part);
      } catch {
        params[segment.slice(1)] = part;
      }
      return true;
    });
    if (ok) return { screen, params };
  }
  return null;
}
