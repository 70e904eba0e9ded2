/**
 * The font of exported PNG images. A PNG is drawn from the chart's SVG in an <img>, which cannot
 * use the page's fonts, and the machine's own may lack Cyrillic or the Latin letters of the
 * region's languages (č, ć, đ, š, ž, ë). So the PNG carries Noto Sans (SIL Open Font License),
 * self-hosted from @fontsource/noto-sans: only the subsets its text needs, fetched when a PNG is
 * made and embedded in the SVG it is drawn from. The SVG download names the same family first and
 * falls back to the reader's system fonts.
 */
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';

export const EXPORT_FONT_FAMILY = 'Noto Sans';

export type FontSubset = 'latin' | 'latin-ext' | 'cyrillic';

/** Regular and bold (600 draws as bold) of each subset, and the characters it covers (as @fontsource declares them). */
const FILES: Record<FontSubset, { 400: string; 700: string; range: string }> = {
  latin: {
    400: latin400,
    700: latin700,
    range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  'latin-ext': {
    400: latinExt400,
    700: latinExt700,
    range: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
  cyrillic: { 400: cyrillic400, 700: cyrillic700, range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
};

/** The subsets a text needs: Latin always, Latin Extended for č ć đ š ž and the like, Cyrillic for Cyrillic. */
export function subsetsFor(text: string): FontSubset[] {
  const subsets: FontSubset[] = ['latin'];
  if (/[\u0100-\u024f\u1e00-\u1eff]/u.test(text)) subsets.push('latin-ext');
  if (/[\u0400-\u045f\u0490-\u0491\u04b0-\u04b1]/u.test(text)) subsets.push('cyrillic');
  return subsets;
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** @font-face rules, fonts embedded, for the subsets `text` needs. */
export async function embeddedFontCss(text: string): Promise<string> {
  const rules = await Promise.all(
    subsetsFor(text).flatMap((subset) =>
      ([400, 700] as const).map(
        async (weight) =>
          `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:${weight};src:url(${await dataUrl(FILES[subset][weight])}) format('woff2');unicode-range:${FILES[subset].range};}`,
      ),
    ),
  );
  return rules.join('');
}
