/**
 * The six jurisdictions and their institutions. The FIU and anti-corruption bodies carry their real
 * names (DOMAIN.md); the ministries, prosecution, police, registry, procurement and asset management
 * offices are generic descriptions of the bodies every jurisdiction has.
 */
import type { Institution, Jurisdiction, JurisdictionCode } from '../../src/api/schemas';

export const KOSOVO_FOOTNOTE =
  'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.';

/** An institution and the pillars it can be responsible for. */
interface InstitutionSeed extends Omit<Institution, 'id'> {
  key: string;
  pillars: readonly string[];
}

const GENERIC: readonly InstitutionSeed[] = [
  { key: 'moj', name: 'Ministry of Justice', kind: 'ministry', pillars: ['ml-prosecution', 'asset-recovery', 'regional-cooperation'] },
  { key: 'mof', name: 'Ministry of Finance', kind: 'ministry', pillars: ['aml-framework', 'beneficial-ownership'] },
  { key: 'pros', name: 'State Prosecutor’s Office', kind: 'prosecution', pillars: ['ml-prosecution', 'asset-recovery', 'regional-cooperation'] },
  { key: 'police', name: 'Police economic crime unit', kind: 'police', pillars: ['ml-prosecution', 'regional-cooperation'] },
  { key: 'amo', name: 'Asset management office', kind: 'asset-recovery', pillars: ['asset-recovery'] },
  { key: 'reg', name: 'Business registry', kind: 'registry', pillars: ['beneficial-ownership'] },
  { key: 'ppa', name: 'Public procurement agency', kind: 'procurement', pillars: ['public-procurement'] },
  { key: 'jc', name: 'Judicial council', kind: 'judiciary', pillars: ['ml-prosecution'] },
];

const FIU_PILLARS = ['aml-framework', 'financial-intelligence', 'beneficial-ownership', 'regional-cooperation'];
const ACA_PILLARS = ['asset-declarations', 'public-procurement'];

interface JurisdictionSeed {
  code: JurisdictionCode;
  name: string;
  designationFootnote: string | null;
  specific: readonly InstitutionSeed[];
}

/** Alphabetical by name: the order every list in the API uses. */
const SEEDS: readonly JurisdictionSeed[] = [
  {
    code: 'AL',
    name: 'Albania',
    designationFootnote: null,
    specific: [
      { key: 'fiu', name: 'General Directorate for the Prevention of Money Laundering', kind: 'fiu', pillars: FIU_PILLARS },
      {
        key: 'aca',
        name: 'High Inspectorate of Declaration and Audit of Assets and Conflict of Interest',
        kind: 'anti-corruption',
        pillars: ['asset-declarations'],
      },
      {
        key: 'spak',
        name: 'Special Anti-Corruption Structure (SPAK)',
        kind: 'prosecution',
        pillars: ['ml-prosecution', 'asset-recovery', 'public-procurement'],
      },
    ],
  },
  {
    code: 'BA',
    name: 'Bosnia and Herzegovina',
    designationFootnote: null,
    specific: [
      { key: 'fiu', name: 'Financial Intelligence Department of SIPA', kind: 'fiu', pillars: FIU_PILLARS },
      {
        key: 'aca',
        name: 'Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK)',
        kind: 'anti-corruption',
        pillars: ACA_PILLARS,
      },
    ],
  },
  {
    code: 'XK',
    name: 'Kosovo*',
    designationFootnote: KOSOVO_FOOTNOTE,
    specific: [
      { key: 'fiu', name: 'Financial Intelligence Unit of Kosovo', kind: 'fiu', pillars: FIU_PILLARS },
      { key: 'aca', name: 'Agency for Prevention of Corruption', kind: 'anti-corruption', pillars: ACA_PILLARS },
    ],
  },
  {
    code: 'ME',
    name: 'Montenegro',
    designationFootnote: null,
    specific: [
      { key: 'fiu', name: 'Financial Intelligence Unit (Police Administration)', kind: 'fiu', pillars: FIU_PILLARS },
      { key: 'aca', name: 'Agency for Prevention of Corruption', kind: 'anti-corruption', pillars: ACA_PILLARS },
    ],
  },
  {
    code: 'MK',
    name: 'North Macedonia',
    designationFootnote: null,
    specific: [
      { key: 'fiu', name: 'Financial Intelligence Office', kind: 'fiu', pillars: FIU_PILLARS },
      { key: 'aca', name: 'State Commission for Prevention of Corruption', kind: 'anti-corruption', pillars: ACA_PILLARS },
    ],
  },
  {
    code: 'RS',
    name: 'Serbia',
    designationFootnote: null,
    specific: [
      { key: 'fiu', name: 'Administration for the Prevention of Money Laundering', kind: 'fiu', pillars: FIU_PILLARS },
      { key: 'aca', name: 'Agency for Prevention of Corruption', kind: 'anti-corruption', pillars: ACA_PILLARS },
    ],
  },
];

function seedsOf(code: JurisdictionCode): InstitutionSeed[] {
  const seed = SEEDS.find((s) => s.code === code);
  if (!seed) throw new RangeError(`Unknown jurisdiction ${code}`);
  return [...seed.specific, ...GENERIC];
}

function institutionId(code: JurisdictionCode, key: string): string {
  return `${code.toLowerCase()}-${key}`;
}

export function buildJurisdictions(): Jurisdiction[] {
  return SEEDS.map((seed) => ({
    code: seed.code,
    name: seed.name,
    designationFootnote: seed.designationFootnote,
    institutions: seedsOf(seed.code).map(({ key, name, kind }) => ({ id: institutionId(seed.code, key), name, kind })),
  }));
}

/** Institutions of a jurisdiction that can be responsible for commitments under a pillar. */
export function institutionsForPillar(code: JurisdictionCode, pillarId: string): Institution[] {
  return seedsOf(code)
    .filter((seed) => seed.pillars.includes(pillarId))
    .map(({ key, name, kind }) => ({ id: institutionId(code, key), name, kind }));
}

/** Jurisdiction codes in the API's order (alphabetical by name). */
export const JURISDICTION_ORDER: readonly JurisdictionCode[] = SEEDS.map((seed) => seed.code);
