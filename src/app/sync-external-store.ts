/**
 * What `use-sync-external-store/shim` gives under React 18 and later: React's own hook. react-i18next
 * imports the shim for older Reacts; the build points that import here (vite.config.ts), so the
 * shim's fallback code stays out of the first screen.
 */
export { useSyncExternalStore } from 'react';
