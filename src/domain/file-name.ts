/**
 * File names for downloads that say what and when, e.g. ['roadmap', 'AL', 'pillar-progress',
 * '2026-H1'] + 'png' -> 'roadmap-AL-pillar-progress-2026-H1.png'. Accents are dropped, anything
 * else that is not a letter or digit becomes a hyphen, and the name is capped at 120 characters.
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const slug = parts
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part.length > 0)
    .join('-')
    .slice(0, 120)
    .replace(/-+$/, '');
  return `${slug || 'export'}.${extension}`;
}
