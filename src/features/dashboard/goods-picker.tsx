// The goods picker of the filter bar: the chapters of the dataset as checkboxes, and a search
// by code (`0303 67`, `030367`) or by words of the official name in Russian or English
// («минтай», "pollock"), each hit shown with where it sits in the nomenclature. A hit opens the
// goods chart at that code (the drill-down's `hs=`). Names load, per chapter, only while the
// picker is open (lib/nomenclature-loader.ts).

import { useDeferredValue, useMemo, useState } from 'react';
import { goodsAncestors, searchGoods, type GoodsHit } from '../../core/model/nomenclature';
import { useI18n } from '../../i18n/i18n-context';
import { chapterLabel } from '../../i18n/format';
import { goodsLabelOf } from '../../i18n/goods-labels';
import { useGoodsNames } from '../../lib/nomenclature-loader';
import type { ViewState } from '../../state/view-state';
import { toggleCode } from './panels/view-model';
import { closeOtherPickers, closePickerOnEscape, PICKER_ATTR } from './picker-details';

interface Props {
  view: ViewState;
  /** HS chapters of the dataset. */
  chapters: string[];
  /** Every commodity code of the dataset (its dictionary). */
  codes: readonly string[];
  onChange: (next: ViewState) => void;
}

export function GoodsPicker({ view, chapters, codes, onChange }: Props) {
  const { lang, m } = useI18n();
  const [open, setOpen] = useState(false);
  const summary = view.goods.length === 0 ? m.goodsAll : m.partnersSelected(view.goods.length);
  return (
    <details
      className="relative text-sm"
      open={open}
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        closeOtherPickers(e);
      }}
      onKeyDown={closePickerOnEscape}
      {...{ [PICKER_ATTR]: '' }}
      data-testid="goods-picker"
    >
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600">
        {m.goodsLabel}: {summary} ▾
      </summary>
      <div className="absolute z-20 mt-1 max-h-96 w-[min(28rem,90vw)] overflow-auto rounded-md border border-slate-300 bg-white p-2 shadow-lg">
        {open && (
          <GoodsPickerBody
            view={view}
            chapters={chapters}
            codes={codes}
            lang={lang}
            onChange={(next) => {
              onChange(next);
              if (next.goods.length === 1 && next.goods[0].length > 2) setOpen(false);
            }}
          />
        )}
        {!open && <span className="sr-only">{m.goods.searchLabel}</span>}
      </div>
    </details>
  );
}

function GoodsPickerBody({ view, chapters, codes, lang, onChange }: Props & { lang: ViewState['lang'] }) {
  const { m } = useI18n();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  // What can be found: the dataset's codes and every level above them (not the 8-digit one the drill-down skips).
  const candidates = useMemo(() => {
    const all = new Set<string>();
    for (const code of codes) {
      if (!/^\d{2,10}$/.test(code)) continue;
      all.add(code);
      for (const a of goodsAncestors(code)) if (a.length !== 8) all.add(a);
    }
    return [...all].sort();
  }, [codes]);
  const { nameOf, loading } = useGoodsNames(deferred.trim() === '' ? chapters : candidates);
  const hits = useMemo(() => {
    if (deferred.trim() === '') return [];
    // Russian and English names both: an official may search "pollock" on the Russian page.
    const seen = new Map<string, GoodsHit>();
    for (const l of lang === 'ru' ? (['ru', 'en'] as const) : (['en', 'ru'] as const)) {
      for (const hit of searchGoods(deferred, candidates, (c) => nameOf(c, l), 40)) if (!seen.has(hit.code)) seen.set(hit.code, hit);
    }
    return [...seen.values()].sort((a, b) => a.code.length - b.code.length || (a.code < b.code ? -1 : 1)).slice(0, 40);
  }, [deferred, candidates, nameOf, lang]);
  const label = (code: string) => goodsLabelOf(code, lang, m, nameOf);

  return (
    <div className="space-y-2">
      <label className="block text-xs text-slate-600">
        {m.goods.searchLabel}
        <input
          type="search"
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-600"
          placeholder={m.goods.searchPlaceholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="goods-search"
          autoFocus
        />
      </label>
      {query.trim() === '' ? (
        <fieldset>
          <legend className="sr-only">{m.goodsLabel}</legend>
          {chapters.map((code) => (
            <label key={code} className="flex items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-50">
              <input type="checkbox" checked={view.goods.includes(code)} onChange={() => onChange({ ...view, goods: toggleCode(view.goods, code) })} />
              <span title={label(code).title}>{chapterLabel(code, lang)}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <ul className="space-y-1" data-testid="goods-search-hits" aria-live="polite">
          {hits.length === 0 && <li className="px-1 text-slate-500">{loading ? m.goods.searchLoading : m.goods.searchNone}</li>}
          {hits.map((hit) => {
            const name = label(hit.code);
            return (
              <li key={hit.code}>
                <button
                  type="button"
                  className="w-full rounded px-1 py-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600"
                  title={name.title}
                  data-goods={hit.code}
                  onClick={() => onChange({ ...view, goods: [hit.code] })}
                >
                  <span className="font-medium tabular-nums">{name.display}</span> {name.short}
                  {hit.path.length > 0 && <span className="block text-xs text-slate-500">{hit.path.map((p) => `${p.display} ${p.short}`).join(' › ')}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
