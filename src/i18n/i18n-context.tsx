// The current language and its messages, provided once by the app.

import { createContext, useContext } from 'react';
import type { Language } from '../state/view-state';
import type { Messages } from './messages-en';
import { MESSAGES } from './format';

export interface I18n {
  lang: Language;
  m: Messages;
}

export const I18nContext = createContext<I18n>({ lang: 'ru', m: MESSAGES.ru });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
