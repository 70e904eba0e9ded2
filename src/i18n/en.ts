/**
 * The whole English catalogue. Every string a user sees comes from here: the shared strings in
 * en/common.ts, each screen's strings in en/<screen>.ts. The app loads the shared strings first and
 * each screen's strings with its code (i18n.ts); this object types the keys and serves the tests.
 */
import { common } from './en/common';
import { about } from './en/about';
import { charts } from './en/charts';
import { chartDetails } from './en/chartDetails';
import { commitment } from './en/commitment';
import { indicator } from './en/indicator';
import { jurisdiction } from './en/jurisdiction';
import { overview } from './en/overview';
import { pillar } from './en/pillar';
import { presenter } from './en/presenter';

export const en = {
  ...common,
  overview,
  jurisdiction,
  pillar,
  indicator,
  commitment,
  about,
  presenter,
  charts,
  chartDetails,
} as const;

export type Catalogue = typeof en;

/** The screens that bring their own strings. */
export type ScreenMessages = Omit<Catalogue, keyof typeof common>;
