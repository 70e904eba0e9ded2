import { createContext, useContext } from 'react';

/** Scenario switching of the mock API, handed in by main.tsx when the mock API is on. */
export interface MockControls {
  scenarios: readonly { name: string; description: string }[];
  current: () => string;
  set: (name: string) => void;
  /** False when the browser refused to store the scenario for the tab: it lasts until a reload. */
  remembered?: () => boolean;
}

/** How the app is running: whether the mock API answers its requests, and its controls. */
export interface AppEnv {
  mocks: boolean;
  /** The offline demo build (npm run build:demo). */
  demo?: boolean;
  mockControls?: MockControls;
}

export const AppEnvContext = createContext<AppEnv>({ mocks: false });

export function useAppEnv(): AppEnv {
  return useContext(AppEnvContext);
}
