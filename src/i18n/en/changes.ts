/** English strings of "New since your last visit" and of the moved-deadline and framework-reference filters (shared components). */
import type { ScopedKey } from '../scoped';
export const changes = {
  newSince: {
    title: 'New since your last visit',
    intro_one: '{{count}} change since the release you last saw ({{seen}}):',
    intro_other: '{{count}} changes since the release you last saw ({{seen}}):',
    none: 'Nothing has changed here since the release you last saw ({{seen}}).',
    dismiss: 'Dismiss: mark as seen',
    more_one: 'and {{count}} more',
    more_other: 'and {{count}} more',
    status: '{{title}}: now {{status}}',
    added: '{{title}}: added ({{status}})',
    deadline: '{{title}}: deadline moved to {{date}}',
    value: '{{title}}: value for {{year}}',
    newMark: 'New',
  },
  screen: {
    movedHeadline: 'Deadlines moved in {{period}}',
    movedColumn: 'Deadline moved',
    movedTimes_one: 'Moved once (was {{original}})',
    movedTimes_other: 'Moved {{count}} times (was {{original}})',
    movedOnly: 'Only commitments whose deadline moved',
    invalidMoved: '"{{value}}" is not an allowed value (only 1); showing every commitment.',
    ref: 'Framework reference',
    allRefs: 'All references',
    invalidRef: '"{{value}}" is not a reference of this roadmap; showing every commitment.',
    refShowing: 'Only commitments tagged {{label}}: {{name}}.',
  },
} as const;

export type ChangesKey = ScopedKey<'changes', typeof changes>;
