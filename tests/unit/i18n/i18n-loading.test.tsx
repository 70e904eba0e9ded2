import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { about } from '../../../src/i18n/en/about';
import { pillar } from '../../../src/i18n/en/pillar';
import { addMessages, i18n, messagesReady, setLocale, useMessagesReady } from '../../../src/i18n/i18n';

const loadedLanguages = () => Object.keys(i18n.store.data).sort();

/** What the probe rendered, in order. */
const rendered: string[] = [];

function CommitmentProbe() {
  useMessagesReady('commitment');
  const { t } = useTranslation();
  const text = t('commitment.title', { id: 'AL-1-01' });
  rendered.push(text);
  return <p>{text}</p>;
}

describe('loading a language', () => {
  afterAll(() => setLocale('en'));

  it('starts with English only', () => {
    expect(loadedLanguages()).toEqual(['en']);
    expect(document.documentElement.lang).not.toBe('sq');
  });

  it('setLocale loads the locale’s shared strings and those of the screens added, then switches', async () => {
    await addMessages({ about });
    await setLocale('sq');
    expect(i18n.language).toBe('sq');
    expect(document.documentElement.lang).toBe('sq');
    expect(document.documentElement.dir).toBe('ltr');
    expect(loadedLanguages()).toEqual(['en', 'sq']);
    const bundle = i18n.getResourceBundle('sq', 'translation') as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).toEqual(['about', 'app', 'chart', 'embed', 'error', 'indicatorCategory', 'nav', 'notFound', 'period', 'release', 'state', 'status', 'storage', 'table', 'tester', 'what']);
    expect(i18n.t('nav.names.MK')).toBe('Maqedonia e Veriut');
    expect(i18n.t('about.translationDraft')).toMatch(/^Përkthimet/);
    expect(i18n.t('nav.overview', { lng: 'en' })).toBe('Overview');
  });

  it('addMessages fetches the active locale’s strings for a screen added later; a waiting screen never shows English', async () => {
    expect(i18n.hasResourceBundle('sq', 'translation')).toBe(true);
    const { presenter } = await import('../../../src/i18n/en/presenter');
    const ready = addMessages({ presenter });
    expect(i18n.t('presenter.title')).toBe('Presentation');
    await ready;
    expect(i18n.t('presenter.slideCount', { count: 2 })).toBe('2 diapozitivë');
    expect(i18n.t('presenter.slideCount', { count: 1 })).toBe('1 diapozitiv');
    await expect(messagesReady()).resolves.toBeUndefined();
  });

  it('useMessagesReady suspends until the screen’s strings are there, so English never shows', async () => {
    const { commitment } = await import('../../../src/i18n/en/commitment');
    void addMessages({ commitment });
    expect(i18n.t('commitment.title', { id: 'AL-1-01' })).toBe('Commitment AL-1-01');
    await act(async () => {
      render(
        <I18nextProvider i18n={i18n}>
          <Suspense fallback={<p>waiting</p>}>
            <CommitmentProbe />
          </Suspense>
        </I18nextProvider>,
      );
    });
    expect(await screen.findByText('Zotimi AL-1-01')).toBeInTheDocument();
    expect(rendered).toEqual(['Zotimi AL-1-01']);
  });

  it('a later switch loads the next locale the same way, without the other locales', async () => {
    await setLocale('mk');
    expect(loadedLanguages()).toEqual(['en', 'mk', 'sq']);
    expect(document.documentElement.lang).toBe('mk');
    expect(i18n.t('nav.names.MK')).toBe('Северна Македонија');
    expect(i18n.t('presenter.slideCount', { count: 5 })).toBe('5 слајдови');
    expect(i18n.t('commitment.title', { id: 'MK-3-02' })).toBe('Обврска MK-3-02');
    expect(Object.keys(i18n.store.data)).not.toContain('sr-Cyrl');
    await setLocale('sq');
  });

  it('overlapping switches end in the last one asked for, even when an earlier one finishes loading later', async () => {
    const { overview } = await import('../../../src/i18n/en/overview');
    await addMessages({ overview });
    // mk/overview.ts is not loaded yet, everything sq needs is.
    const first = setLocale('mk');
    const second = setLocale('sq');
    await Promise.all([first, second]);
    expect(i18n.language).toBe('sq');
    expect(document.documentElement.lang).toBe('sq');
  });

  it('switching back to English needs no download and keeps the other bundle for later', async () => {
    await addMessages({ pillar });
    expect(i18n.t('pillar.title')).toBe('Shtylla');
    await setLocale('en');
    expect(i18n.t('pillar.title')).toBe('Pillar');
    expect(document.documentElement.lang).toBe('en');
  });
});
