import { createContext, useContext } from 'react';

/** How the app is running: whether the mock API answers its requests. */
export interface AppEnv {
  mocks: boolean;
}

export const AppEnvContext = createContext<AppEnv>({ mocks: false });

export function useAppEnv(): AppEnv {
  return useContext(AppEnvContext);
}
