/** English strings of the Follow control and "New since your last visit" (shared components). */
import type { ScopedKey } from '../scoped';
export const follow = {
  button: 'Follow',
  title: 'Follow changes to {{name}}',
  intro: 'This feed lists status changes, moved deadlines and new values in each release. No account is needed.',
  address: 'Feed address',
  copy: 'Copy address',
  copied: 'Address copied.',
  copyFailed: 'Could not copy; select the address and copy it.',
  open: 'Open the feed',
  howTitle: 'How to add it to your mail program',
  how: {
    thunderbird: 'Thunderbird: Account Settings, Account Actions, New Feed Account; then Manage Subscriptions and paste the address.',
    outlook: 'Outlook for Windows: right-click RSS Subscriptions (or RSS Feeds), Add a New RSS Feed, and paste the address.',
    other: 'Any other feed reader: add a new feed or subscription and paste the address.',
  },
  close: 'Close',
  region: 'all jurisdictions',
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

export type FollowKey = ScopedKey<'follow', typeof follow>;
