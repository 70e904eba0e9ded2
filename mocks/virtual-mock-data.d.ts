/** The workbook named by MOCK_DATA, read by the dev server (scripts/data/vite-mock-data.ts); null without it. */
declare module 'virtual:mock-data' {
  const data: { model: import('./data/model').Model; builtAt: string } | null;
  export default data;
}
