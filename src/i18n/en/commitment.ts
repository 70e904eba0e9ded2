/** English strings of the commitment screen. */
export const commitment = {
  title: '',
} as const;
