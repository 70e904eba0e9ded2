/** English strings of the presenter screen. */
export const presenter = {
  title: '',
} as const;
