// The published Kamchatka figures, bundled as text (3 KB) and parsed once.

import publishedCsv from '../../data/kamchatka-2020-jan-may-published.csv?raw';
import { parsePublishedFigures, type PublishedFigure } from '../core/model/published-figures';

let cached: PublishedFigure[] | null = null;

export function publishedFigures(): PublishedFigure[] {
  cached ??= parsePublishedFigures(publishedCsv);
  return cached;
}
