/** English strings of the pillar screen. */
export const pillar = {
  title: '',
} as const;
