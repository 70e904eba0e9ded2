import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a chart downloads as SVG and as a 2x PNG that stand alone', async ({ page, problems }) => {
  await page.goto('/jurisdictions/XK');
  const frame = page.locator('figure', { has: page.getByRole('heading', { name: /progress by pillar/i }) });
  await expect(frame.locator('svg.recharts-surface')).toBeVisible();

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/^[A-Za-z0-9-]+-XK-[A-Za-z0-9-]*\d{4}-H[12]\.svg$/);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  const title = (await frame.getByRole('heading').first().textContent())!.trim();
  expect(svg).toContain(`<title>${title}</title>`);
  expect(svg).toContain('Source:');
  expect(svg).toMatch(/Period: H[12] \d{4}/);
  expect(svg).toContain('without prejudice to positions on status');
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  expect(svgWidth).toBeGreaterThanOrEqual(640);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe(svgDownload.suggestedFilename().replace(/\.svg$/, '.png'));
  const png = pngSize(await readFile((await pngDownload.path())!));
  expect(png).toEqual({ width: svgWidth * 2, height: svgHeight * 2 });
  expect(problems).toEqual([]);
});

test('the exported image holds the chart itself, not only its legend', async ({ page, problems }) => {
  await page.goto('/');
  const frame = page.locator('figure', { has: page.getByRole('heading', { name: 'Commitments by status' }) });
  await expect(frame.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = await readFile((await download.path())!, 'utf8');
  // The axis names every jurisdiction and the legend every status.
  for (const name of ['Albania', 'Bosnia and Herzegovina', 'Kosovo*', 'Montenegro', 'North Macedonia', 'Serbia']) expect(svg).toContain(name);
  for (const status of ['Not started', 'In progress', 'Completed', 'Discontinued']) expect(svg).toContain(status);
  expect(svg).toContain('recharts-bar-rectangle');
  expect(problems).toEqual([]);
});
