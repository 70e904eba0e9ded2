/**
 * i18next, set up synchronously with the shared strings, so that the first render is already
 * translated. Each screen adds its own strings when its code loads (`addMessages`), so the first
 * screen does not download every other screen's text.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { ScreenMessages } from './en';
import { common } from './en/common';

export const defaultNS = 'translation';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  defaultNS,
  resources: { en: { translation: common } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Adds a screen's strings (call at the top of its route module, before anything renders). */
export function addMessages(messages: Partial<ScreenMessages>): void {
  i18n.addResourceBundle('en', defaultNS, messages, true, false);
}
