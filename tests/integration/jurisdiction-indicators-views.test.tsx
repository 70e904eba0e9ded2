/**
 * The jurisdiction's indicators chart is one model: the jurisdiction screen, the presenter's slide
 * and the embed view show the same takeaway and the same table rows.
 */
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { IndicatorListSchema, RoadmapSchema } from '../../src/api/schemas';
import { indicatorProgressAt } from '../../src/domain/indicator-progress';
import { lastYearEndedBy } from '../../src/domain/indicator-series';
import { en } from '../../src/i18n/en';
import { renderApp } from '../utils';

configure({ asyncUtilTimeout: 10_000 });
const SLOW = { timeout: 60_000 };

/** Every body row of a table as [row header, ...cells] texts. */
function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

interface Seen {
  takeaway: string;
  rows: string[][];
}

async function inFrame(path: string, caption: string, embedded: boolean): Promise<Seen> {
  const view = renderApp(path);
  const frame = await screen.findByRole('figure', { name: 'Indicators' });
  const table = await within(frame).findByRole('table', { name: caption });
  const addButton = within(frame).queryByRole('button', { name: 'Add to presentation' });
  if (embedded) expect(addButton).not.toBeInTheDocument();
  else expect(addButton).toBeInTheDocument();
  // The cards are not one SVG chart: no image download, as on the old frame.
  expect(within(frame).queryByRole('button', { name: 'Download PNG' })).not.toBeInTheDocument();
  const seen = { takeaway: frame.querySelector('.takeaway')?.textContent ?? '', rows: rowTexts(table) };
  view.unmount();
  return seen;
}

async function onSlide(slide: string, caption: string): Promise<Seen> {
  const view = renderApp(`/present?slides=${slide}&slide=1`);
  const table = await screen.findByRole('table', { name: caption });
  // The slide draws the cards too, one per indicator, named.
  const figure = document.querySelector('.slide-small-multiples') as HTMLElement;
  expect(figure).not.toBeNull();
  const seen = { takeaway: document.querySelector('.slide-takeaway')?.textContent ?? '', rows: rowTexts(table) };
  // The cards' code loads with them.
  const cards = await within(figure).findAllByRole('heading', { level: 3 });
  seen.rows.forEach((row, index) => expect(cards[index]).toHaveTextContent(row[0]!));
  view.unmount();
  return seen;
}

describe('jurisdiction-indicators: screen, slide and embed agree', () => {
  it('the same takeaway and rows on /jurisdictions/AL, its slide and /embed/jurisdiction-indicators/AL', SLOW, async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const indicators = (await apiGet('/jurisdictions/AL/indicators.json', IndicatorListSchema)).items;
    const caption = `Indicators of Albania, yearly values up to ${lastYearEndedBy(roadmap.asOfPeriod)}`;
    const screenView = await inFrame('/jurisdictions/AL?tables=indicators', caption, false);
    const slideView = await onSlide('jurisdiction-indicators~AL', caption);
    const embedView = await inFrame('/embed/jurisdiction-indicators/AL?tables=indicators', caption, true);

    expect(screenView.rows.map((r) => r[0])).toEqual(indicators.map((i) => i.name));
    for (const [index, indicator] of indicators.entries()) {
      const category = indicatorProgressAt(indicator, 'AL', roadmap.asOfPeriod)?.progress.category ?? 'not_available';
      expect(screenView.rows[index]!.slice(1, 3)).toEqual([indicator.unit, en.chartDetails.jurisdictionIndicators[`${indicator.direction}Short`]]);
      expect(screenView.rows[index]!.slice(-2)).toEqual([en.indicatorCategory[category], indicator.source]);
    }
    expect(screenView.takeaway).toMatch(new RegExp(`^Of ${indicators.length} indicators, `));
    expect(slideView).toEqual(screenView);
    expect(embedView).toEqual(screenView);
  });

  it('Kosovo*: the slide names the designation; an unknown jurisdiction is not found in the embed and not available as a slide', SLOW, async () => {
    let view = renderApp('/present?slides=jurisdiction-indicators~xk&slide=1');
    expect(await screen.findByText(/^Kosovo\* .+/, { selector: '.slide-footnote' })).toBeInTheDocument();
    view.unmount();
    view = renderApp('/embed/jurisdiction-indicators/ZZ');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    view.unmount();
    renderApp('/present?slides=jurisdiction-indicators~ZZ&slide=1');
    expect(await screen.findByText('Slide: jurisdiction-indicators~ZZ')).toBeInTheDocument();
  });
});
