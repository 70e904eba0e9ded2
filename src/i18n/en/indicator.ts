/** English strings of the indicator screen. */
export const indicator = {
  title: '',
} as const;
