// The briefing's own UI strings in Russian and English (to be moved into the message files)
// and the locale its print date is written in. Used by briefing-page.tsx and
// briefing-tables.tsx.

export const BRIEFING_TEXT = {
  ru: {
    title: 'Справка о внешней торговле',
    print: 'Печать',
    close: 'Закрыть',
    period: 'Период',
    partners: 'Партнёры',
    keyFigures: 'Основные показатели',
    indicator: 'Показатель',
    change: 'Прирост',
    growth: 'Темп прироста',
    noComparison: 'Данных за те же месяцы годом ранее нет — сравнение не приводится.',
    partner: 'Страна',
    chapter: 'Группа ТН ВЭД',
    share: 'Доля',
    total: 'Всего',
    noData: 'Нет данных',
    demo: 'Демонстрационные данные — не официальная статистика.',
    printed: (date: string) => `Дата печати: ${date}`,
    madeWith: 'Подготовлено в TradeShare; данные обработаны в браузере.',
  },
  en: {
    title: 'Foreign trade briefing',
    print: 'Print',
    close: 'Close',
    period: 'Period',
    partners: 'Partners',
    keyFigures: 'Key figures',
    indicator: 'Indicator',
    change: 'Change',
    growth: 'Growth',
    noComparison: 'No data for the same months a year earlier: no comparison is given.',
    partner: 'Partner',
    chapter: 'HS chapter',
    share: 'Share',
    total: 'Total',
    noData: 'No data',
    demo: 'Demonstration data — not official statistics.',
    printed: (date: string) => `Printed on ${date}`,
    madeWith: 'Prepared with TradeShare; the data were processed in the browser.',
  },
} as const;

export const BRIEFING_DATE_LOCALE = { ru: 'ru-RU', en: 'en-GB' } as const;
