import type { Jurisdiction, JurisdictionList } from '../../src/api/schemas';
import { jurisdictionParam } from './commitments';
import { pathParam, resource } from './request';

export const jurisdictionHandlers = [
  ...resource('/jurisdictions', ({ data }): JurisdictionList => ({ items: data.jurisdictions })),
  ...resource('/jurisdictions/:code', ({ data, params, url }): Jurisdiction => {
    const code = jurisdictionParam(pathParam(params, 'code'), data.jurisdictions.map((j) => j.code), url.pathname);
    return data.jurisdictions.find((j) => j.code === code) as Jurisdiction;
  }),
];
