// The dashboard's panels, in the order they are laid out (docs/architecture.md, «The panel
// registry»). A new chart is a file under panels/ and one line here (plus its id in
// state/view-state.ts CHART_IDS and its name in the messages).

import { flowsPanel } from './flows-panel';
import { goodsPanel } from './goods-panel';
import { goodsPartnersPanel } from './goods-partners-panel';
import { moversPanel } from './movers-panel';
import { contributionsPanel } from './contributions-panel';
import { keyFiguresBlock } from './key-figures-panel';
import type { ChartPanelDefinition, FigureBlockDefinition } from './panel-definition';
import { partnerMapPanel } from './partner-map-panel';
import { partnerSharesPanel } from './partner-shares-panel';
import { partnerTablePanel } from './partner-table-panel';
import { seasonsPanel } from './seasons-panel';
import { sharesOverTimePanel } from './shares-over-time-panel';

/** Above the charts, drawn at once with the page. */
export const FIGURE_BLOCKS: readonly FigureBlockDefinition[] = [keyFiguresBlock];

/** The charts, two to a row on wide screens; on a new dataset they are first drawn in this order, one a frame. */
export const CHART_PANELS: readonly ChartPanelDefinition[] = [partnerSharesPanel, sharesOverTimePanel, partnerMapPanel, flowsPanel, seasonsPanel, contributionsPanel, goodsPanel, goodsPartnersPanel, moversPanel, partnerTablePanel];
