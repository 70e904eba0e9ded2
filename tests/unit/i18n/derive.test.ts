import { afterAll, describe, expect, it } from 'vitest';
import { pillar as bsPillar } from '../../../src/i18n/bs/pillar';
import { pillar as cnrDifferences } from '../../../src/i18n/cnr/pillar';
import { deriveCatalogue } from '../../../src/i18n/derive';
import { addMessages, i18n, setLocale } from '../../../src/i18n/i18n';
import { pillar as enPillar } from '../../../src/i18n/en/pillar';

describe('deriveCatalogue', () => {
  it('takes every string of the base and puts the differences in their place, nested or not', () => {
    const base = { a: 'base a', nested: { b: 'base b', c: 'base c' }, d: 'base d' };
    const merged = deriveCatalogue(base, { nested: { c: 'own c' }, d: 'own d' });
    expect(merged).toEqual({ a: 'base a', nested: { b: 'base b', c: 'own c' }, d: 'own d' });
    // Neither input is changed.
    expect(base.nested.c).toBe('base c');
  });

  it('is the base when there are no differences', () => {
    const base = { a: 'x' };
    expect(deriveCatalogue(base, undefined)).toBe(base);
  });
});

describe('Montenegrin in the app: Bosnian with its own differences', () => {
  afterAll(() => setLocale('en'));

  it('shows the Montenegrin string where it differs and the Bosnian one elsewhere', async () => {
    await addMessages({ pillar: enPillar });
    await setLocale('cnr');
    expect(i18n.t('pillar.sortInvalid', { value: 'x' })).toBe(cnrDifferences.sortInvalid.replace('{{value}}', 'x'));
    expect(cnrDifferences.sortInvalid).not.toBe(bsPillar.sortInvalid);
    // A string Montenegrin does not list is Bosnian's, not English.
    expect(Object.keys(cnrDifferences)).not.toContain('commitments');
    expect(i18n.t('pillar.commitments.title')).toBe(bsPillar.commitments.title);
    expect(i18n.t('pillar.commitments.title')).not.toBe(enPillar.commitments.title);
  });
});
