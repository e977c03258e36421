// Where the goods chart is in the nomenclature: «Все товары › 03 Рыба… › 0303 Рыба мороженая…».
// Every step but the last goes back up to it; several goods chosen read as one last step.

import { goodsAncestors } from '../../../core/model/nomenclature';
import { sectionChosen } from '../../../core/aggregate/goods-level';
import type { PanelContext } from './panel-definition';

const crumbButton = 'rounded px-1 text-blue-700 underline decoration-dotted hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-blue-600';

export function GoodsBreadcrumb({ ctx }: { ctx: PanelContext }) {
  const { m, view, drillGoods, goodsLabel } = ctx;
  const chosen = view.goods;
  // The steps above the goods chosen: for one code its ancestors at 2, 4 and 6 digits (the
  // drill-down never stops at 8); for several, none.
  const steps = chosen.length === 1 ? goodsAncestors(chosen[0]).filter((c) => c.length !== 8) : [];
  // A section's chapters chosen together read as the section.
  const section = sectionChosen(chosen);
  const last = section ? [goodsLabel(section.roman)] : chosen.map((c) => goodsLabel(c));
  return (
    <nav aria-label={m.goods.breadcrumb} data-testid="goods-breadcrumb" className="text-sm text-slate-700">
      <ol className="flex flex-wrap items-center gap-x-1">
        <li>
          {chosen.length === 0 || !drillGoods ? (
            <span aria-current={chosen.length === 0 ? 'page' : undefined} className="font-medium">
              {m.goods.allGoods}
            </span>
          ) : (
            <button type="button" className={crumbButton} onClick={() => drillGoods([])}>
              {m.goods.allGoods}
            </button>
          )}
        </li>
        {steps.map((code) => {
          const name = goodsLabel(code);
          return (
            <li key={code} className="flex items-center gap-x-1">
              <span aria-hidden>›</span>
              {drillGoods ? (
                <button type="button" className={crumbButton} title={name.title} onClick={() => drillGoods([code])}>
                  {name.label}
                </button>
              ) : (
                <span title={name.title}>{name.label}</span>
              )}
            </li>
          );
        })}
        {last.length > 0 && (
          <li className="flex items-center gap-x-1">
            <span aria-hidden>›</span>
            <span aria-current="page" className="font-medium" title={last.map((n) => n.title).join('\n')}>
              {last.map((n) => n.label).join(', ')}
            </span>
          </li>
        )}
      </ol>
    </nav>
  );
}
