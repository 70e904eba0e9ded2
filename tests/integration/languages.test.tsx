import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { CommitmentDetailSchema, CommitmentListSchema, JurisdictionListSchema, JurisdictionSchema, ReleaseSchema, RoadmapSchema } from '../../src/api/schemas';
import { i18n } from '../../src/i18n/i18n';
import { follow as mkFollow } from '../../src/i18n/mk/follow';
import { frameworks as mkFrameworks } from '../../src/i18n/mk/frameworks';
import { reporting as mkReporting } from '../../src/i18n/mk/reporting';
import { reporting as enReporting } from '../../src/i18n/en/reporting';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenarios';
import { currentUrl, renderApp } from '../utils';

/**
 * `/sq/jurisdictions/AL` on an API that publishes no Albanian (the `english-only` scenario), shown with
 * its English data; `asked` collects the path of every API request from the start, until `stop()`.
 */
async function openAlbanianOnEnglishOnly() {
  setScenario('english-only');
  const asked: string[] = [];
  const record = ({ request }: { request: Request }) => void asked.push(new URL(request.url).pathname);
  server.events.on('request:start', record);
  const stop = () => server.events.removeListener('request:start', record);
  try {
    const { languageReady, user } = renderApp('/sq/jurisdictions/AL');
    await languageReady;
    await screen.findByRole('heading', { level: 1, name: 'Albania' });
    return { asked, user, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

describe('the dashboard in another language', () => {
  it('opens /sr-Cyrl/... in Serbian Cyrillic: interface strings, data from the API, the page language', async () => {
    const al = await apiGet('/sr-Cyrl/jurisdictions/AL.json', JurisdictionSchema);
    const { languageReady } = renderApp('/sr-Cyrl/jurisdictions/AL');
    await languageReady;
    expect(i18n.language).toBe('sr-Cyrl');
    expect(document.documentElement.lang).toBe('sr-Cyrl');
    const nav = await screen.findByRole('navigation', { name: i18n.t('nav.label') });
    expect(await within(nav).findByRole('link', { name: 'Преглед' })).toBeInTheDocument();
    // The jurisdiction's name comes from the API's Serbian copy.
    expect(al.name).toBe('Албанија');
    expect(await screen.findByRole('heading', { level: 1, name: 'Албанија' })).toBeInTheDocument();
    // Periods are named by their months, as the region's statistics do, never by the English "H1".
    const select = await screen.findByRole('combobox', { name: i18n.t('period.label') });
    const options = within(select).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) expect(option).toMatch(/(I–\u2060VI|VII–\u2060XII)\u00a0\d{4}/);
    expect(options.join(' ')).not.toMatch(/\bH[12] \d{4}/);
    expect(await screen.findByText(/каква је била на крају периода (I–\u2060VI|VII–\u2060XII)\s\d{4}/)).toBeInTheDocument();
  });

  it('formats figures for the page language: the release counts on About in Serbian Latin', async () => {
    const release = await apiGet('/sr-Latn/release.json', ReleaseSchema);
    const expected = new Intl.NumberFormat('sr-Latn').format(release.counts.statusUpdates);
    // Only meaningful while the figure is written differently in English (a thousands separator).
    expect(expected).not.toBe(new Intl.NumberFormat('en').format(release.counts.statusUpdates));
    const { languageReady } = renderApp('/sr-Latn/about');
    await languageReady;
    // The whole figure, not part of a longer one.
    expect(await screen.findByText(new RegExp(`(^|[^\\d.,])${expected.replace(/\./g, '\\.')}([^\\d.,]|$)`))).toBeInTheDocument();
  });

  it('writes a commitment\'s deadlines and evidence dates in Macedonian', async () => {
    const { languageReady } = renderApp('/mk/commitments/AL-1-01');
    await languageReady;
    await screen.findByRole('heading', { level: 1 });
    const main = await screen.findByRole('main');
    await waitFor(() => expect(main.querySelectorAll('time').length).toBeGreaterThan(0));
    for (const time of main.querySelectorAll('time')) {
      expect(time.textContent).toMatch(/^\d{1,2} (јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|декември) \d{4} г\.$/);
    }
  });

  it('opens /sq/... in Albanian and keeps links inside the language', async () => {
    const { languageReady, user, router } = renderApp('/sq/jurisdictions/AL');
    await languageReady;
    const nav = await screen.findByRole('navigation', { name: i18n.t('nav.label') });
    await user.click(await within(nav).findByRole('link', { name: 'Përmbledhje' }));
    // The overview, still in Albanian: the router's basename keeps the prefix on every link.
    await waitFor(() => expect(currentUrl(router)).toMatch(/^\/sq\/?$/));
    expect(router.basename).toBe('/sq');
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Regional overview');
  });

  it('marks a field the API has no translation for as English (lang="en"), beside translated ones', async () => {
    const detail = await apiGet('/sq/commitments/AL-1-01.json', CommitmentDetailSchema);
    expect(detail.untranslated).toContain('description');
    expect(detail.untranslated ?? []).not.toContain('title');
    const { languageReady } = renderApp('/sq/commitments/AL-1-01');
    await languageReady;
    const heading = await screen.findByRole('heading', { level: 1, name: detail.title });
    expect(heading).not.toHaveAttribute('lang');
    const description = screen.getByText(detail.description);
    expect(description).toHaveAttribute('lang', 'en');
  });

  it('on an API without the language (english-only), shows its English data marked lang="en" under the Albanian interface', async () => {
    setScenario('english-only');
    const en = await apiGet('/jurisdictions/AL.json', JurisdictionSchema);
    const { languageReady, user } = renderApp('/sq/jurisdictions/AL');
    await languageReady;
    const nav = await screen.findByRole('navigation', { name: i18n.t('nav.label') });
    expect(await within(nav).findByRole('link', { name: 'Përmbledhje' })).toBeInTheDocument();
    const heading = await screen.findByRole('heading', { level: 1, name: en.name });
    expect(heading).toHaveAttribute('lang', 'en');
    // The Follow control offers the English feed, which this API has, and says why.
    await user.click(await screen.findByRole('button', { name: 'Ndiq' }));
    const panel = await screen.findByRole('group', { name: `Ndiqni ndryshimet: ${en.name}` });
    expect(within(panel).getByRole('textbox')).toHaveValue(`${window.location.origin}/api/v1/feeds/jurisdictions/AL.atom`);
    expect(panel).toHaveTextContent('Kjo rrjedhë është në anglisht');
  });

  it('on an API without the language, asks for it no more once the roadmap said so: the next screen goes straight to English', async () => {
    const { asked, user, stop } = await openAlbanianOnEnglishOnly();
    try {
      expect(asked).toContain('/api/v1/sq/roadmap.json');
      asked.length = 0;
      const nav = await screen.findByRole('navigation', { name: i18n.t('nav.label') });
      await user.click(await within(nav).findByRole('link', { name: 'Përmbledhje' }));
      await waitFor(() => expect(asked).toContain('/api/v1/progress.json'));
      expect(asked.filter((path) => path.startsWith('/api/v1/sq/'))).toEqual([]);
    } finally {
      stop();
    }
  });

  it('asks for the language again once the tester panel switches to a scenario that publishes it', async () => {
    const { asked, user, stop } = await openAlbanianOnEnglishOnly();
    try {
      asked.length = 0;
      const panel = screen.getByRole('complementary', { name: i18n.t('tester.label') });
      await user.selectOptions(within(panel).getByRole('combobox', { name: i18n.t('tester.scenario') }), 'default');
      // The refetch asks in Albanian again, and gets the Albanian copy.
      await waitFor(() => expect(asked).toContain('/api/v1/sq/jurisdictions/AL.json'));
      await screen.findByRole('heading', { level: 1, name: 'Shqipëria' });
    } finally {
      stop();
    }
  });

  it('marks untranslated evidence titles and pillar references lang="en" (commitment page, About)', async () => {
    const detail = await apiGet('/mk/commitments/AL-1-01.json', CommitmentDetailSchema);
    const evidence = detail.evidence.find((e) => e.untranslated?.includes('title'));
    expect(evidence, 'an evidence title left in English in the mk data').toBeDefined();
    const commitment = renderApp('/mk/commitments/AL-1-01');
    await commitment.languageReady;
    expect(await screen.findByText(evidence!.title)).toHaveAttribute('lang', 'en');
    commitment.unmount();

    const roadmap = await apiGet('/mk/roadmap.json', RoadmapSchema);
    const pillar = roadmap.pillars.find((p) => p.untranslated?.includes('reference') && !p.untranslated.includes('name'));
    expect(pillar, 'a pillar reference left in English in the mk data').toBeDefined();
    const about = renderApp('/mk/about');
    await about.languageReady;
    const name = await screen.findByText(pillar!.name);
    expect(name).not.toHaveAttribute('lang');
    const item = name.closest('li')!;
    expect(within(item).getByText(pillar!.reference!)).toHaveAttribute('lang', 'en');
  });

  it('marks an untranslated commitment title lang="en" in the jurisdiction table', async () => {
    // The dataset leaves a few texts untranslated on purpose: find a commitment whose title is one.
    const { items: places } = await apiGet('/sq/jurisdictions.json', JurisdictionListSchema);
    let found: { code: string; title: string } | undefined;
    for (const { code } of places) {
      const { items } = await apiGet(`/sq/jurisdictions/${code}/commitments.json`, CommitmentListSchema);
      const gap = items.find((c) => c.untranslated?.includes('title'));
      if (gap) {
        found = { code, title: gap.title };
        break;
      }
    }
    expect(found, 'a commitment title left in English in the sq data').toBeDefined();
    const { languageReady } = renderApp(`/sq/jurisdictions/${found!.code}?q=${encodeURIComponent(found!.title.slice(0, 20))}`);
    await languageReady;
    const link = await screen.findByRole('link', { name: found!.title }, { timeout: 20_000 });
    expect(link).toHaveAttribute('lang', 'en');
  });

  // Reporting, frameworks and the Follow control register their strings outside the screens'
  // catalogue (src/i18n/scoped.ts); their other-language files must load all the same.
  it('shows the reporting screen, the frameworks screen and the Follow control in Macedonian', async () => {
    const reporting = renderApp('/mk/reporting');
    await reporting.languageReady;
    expect(await screen.findByRole('heading', { level: 1, name: mkReporting.title })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: enReporting.title })).not.toBeInTheDocument();
    reporting.unmount();

    const frameworks = renderApp('/mk/frameworks');
    await frameworks.languageReady;
    expect(await screen.findByRole('heading', { level: 1, name: mkFrameworks.title })).toBeInTheDocument();
    frameworks.unmount();

    const jurisdiction = renderApp('/mk/jurisdictions/AL');
    await jurisdiction.languageReady;
    expect(await screen.findByRole('button', { name: new RegExp(mkFollow.button) })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown language prefix', async () => {
    renderApp('/xx/jurisdictions/AL');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
