/** English strings of the Follow control (shared components). */
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
  englishOnly: 'This feed is in English: the published data has no translation into this language.',
  howTitle: 'How to add it to your mail program',
  how: {
    thunderbird: 'Thunderbird: Account Settings, Account Actions, New Feed Account; then Manage Subscriptions and paste the address.',
    outlook: 'Outlook for Windows: right-click RSS Subscriptions (or RSS Feeds), Add a New RSS Feed, and paste the address.',
    other: 'Any other feed reader: add a new feed or subscription and paste the address.',
  },
  close: 'Close',
  region: 'all jurisdictions',
} as const;

export type FollowKey = ScopedKey<'follow', typeof follow>;
