/**
 * Catalogues kept out of the typed `Catalogue` (en.ts) while the type of `t` is at its size limit:
 * with more keys, TypeScript gives up ("excessively deep") on the screens that pass `t` around as
 * `ReturnType<typeof useTranslation>['t']` (src/features/indicator/route.tsx). Their keys are
 * checked here instead, against their own English catalogue. Once that parameter is typed as
 * i18next's `TFunction`, these catalogues can join `en` and the screens use `t` directly.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { addMessages } from './i18n';

type Tree = { readonly [key: string]: string | Tree };
type Leaves<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** Every key of a catalogue registered under `name`, plural suffixes removed: 'reporting.drill.count'. */
export type ScopedKey<Name extends string, T extends Tree> = WithoutPlural<Leaves<T, `${Name}.`>>;

export type ScopedT<K extends string> = (key: K, options?: Record<string, unknown>) => string;

/**
 * Adds a catalogue under `name`: English at once, and the active language's file
 * (`<locale>/<name>.ts`) as for a screen's strings (i18n.ts `addMessages`).
 */
export function registerMessages(name: string, messages: Tree): Promise<void> {
  return addMessages({ [name]: messages });
}

/** `t` limited to one catalogue's keys. */
export function useScopedT<K extends string>(): ScopedT<K> {
  const { t } = useTranslation();
  return useCallback((key: K, options?: Record<string, unknown>) => (t as unknown as (k: string, o?: object) => string)(key, options), [t]);
}
