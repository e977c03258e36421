// Inputs shared by the chart image export's unit tests (chart-image-*.test.ts): a small
// serialised Recharts chart, the header and footer texts, and a legend with values.

import type { ChartImageMeta } from './chart-image-layout';

export const CHART = [
  '<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="800" height="288" viewBox="0 0 800 288">',
  '<defs><clipPath id="recharts1-clip"><rect x="72" y="4" height="230" width="720"/></clipPath></defs>',
  '<g class="recharts-layer recharts-bar"><path fill="#0072B2" d="M80,100h20v134h-20z"/></g>',
  '<text x="100" y="250" fill="#666" font-size="12">янв. 2020 &amp; «фев.»</text>',
  '</svg>',
].join('');

export const META: ChartImageMeta = {
  title: 'Доли стран-партнёров: товарооборот',
  filters: 'янв.–май 2020 г. · Товарооборот · Партнёры: все',
  source: 'Источник: демонстрационные данные TradeShare (сгенерированы)',
  date: '25.11.2026',
};

export const LEGEND = [
  { label: 'Китай', colour: '#D55E00', value: '38,2 %' },
  { label: 'Республика Корея', colour: '#0072B2', value: '12,0 %' },
  { label: 'Япония', colour: '#009E73', value: '9,1 %' },
  { label: 'Прочие', colour: '#A3A3A3', value: '40,7 %' },
];
