declare module 'virtual:catalogues' {
  /** Each catalogue folder beside English: loads all of its catalogues, by name (scripts/vite-catalogues.ts). */
  const folders: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
  export default folders;
}
