/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the JSON API (default: the app's own origin). */
  readonly VITE_API_BASE_URL?: string;
  /** "false" turns the mock API off in the dev server. */
  readonly VITE_USE_MOCKS?: string;
  /** Scenario the mock API starts with. */
  readonly VITE_MOCK_SCENARIO?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
