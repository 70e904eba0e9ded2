import { describe, expect, it } from 'vitest';
import { subsetsFor } from '../../../src/components/chart-font';

describe('subsetsFor: the font subsets an exported image needs', () => {
  it('always Latin; Latin Extended for the letters of Bosnian, Montenegrin and Serbian Latin; Cyrillic for Cyrillic', () => {
    expect(subsetsFor('Commitments by status')).toEqual(['latin']);
    // Albanian's ë and ç are in Latin-1, which the Latin subset covers.
    expect(subsetsFor('Zotimet sipas statusit në çdo juridiksion')).toEqual(['latin']);
    expect(subsetsFor('Obaveze po statusu: Bosna i Hercegovina, Crna Gora, Srbija (čćđšž)')).toEqual(['latin', 'latin-ext']);
    expect(subsetsFor('Обврски по статус: Северна Македонија, ѓ ќ ѕ')).toEqual(['latin', 'cyrillic']);
    expect(subsetsFor('Srbija / Србија: đ')).toEqual(['latin', 'latin-ext', 'cyrillic']);
  });
});
