// Datasets shipped in data/. Vite emits each CSV as a hashed asset; the worker
// fetches and parses it like any other file.

import kamchatkaDemoUrl from '../../data/kamchatka-demo.csv?url';
import type { Language } from '../state/view-state';

export interface BuiltInDataset {
  id: string;
  url: string;
  name: Record<Language, string>;
  /** Generated demonstration data: labelled as such wherever it is shown. */
  demo: boolean;
}

export const BUILT_IN_DATASETS: BuiltInDataset[] = [
  {
    id: 'kamchatka-demo',
    url: kamchatkaDemoUrl,
    name: { ru: 'Камчатский край, 2015–2024 (демонстрационные данные)', en: 'Kamchatka Krai, 2015–2024 (demonstration data)' },
    demo: true,
  },
];

export function findBuiltInDataset(id: string): BuiltInDataset | undefined {
  return BUILT_IN_DATASETS.find((d) => d.id === id);
}
