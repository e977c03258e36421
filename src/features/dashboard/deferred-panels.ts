// Panels out of view wait (issue 17, «Clicks»). Almost all of a filter click is React and
// Recharts drawing the panels; at 1366×768 two or three of the ten are in view. So within a
// dataset, a view change redraws the panels in view (or within 200 px of it) at once; each
// panel out of view keeps its previous drawing, hidden (it shows no figures of another view),
// and is redrawn in an idle moment, one panel at a time, or at once when it scrolls into view.
// `dashboard-ready` waits until every panel is current, so tests and screenshots read figures
// of the view in every panel.

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';

export interface DeferredPanels {
  /** The view's key as the DOM shows it (`data-view`): a panel is current when its slot carries it. */
  key: string;
  /** Panels whose drawing is of another view (hidden until redrawn). */
  stale: ReadonlySet<string>;
  /** Panels not redrawn in this render (their props are not even compared). */
  frozen: ReadonlySet<string>;
  /** Ref callback for a panel's slot (`data-panel-slot`, `display: contents`): its panel is watched for view. */
  observe: (slot: HTMLElement | null) => void;
}

/**
 * `viewKey`: what the panels draw (series, language, view); `ids`: panels that may wait (drawn
 * at least once on this dataset's figures); `enabled`: false draws every panel at once (an embed,
 * figures still loading).
 */
export function useDeferredPanels(viewKey: string, ids: readonly string[], enabled: boolean): DeferredPanels {
  const key = hashKey(viewKey);
  // Which panels are in view: mutated by the observer; a render reads it, and a panel entering
  // view re-renders only when it waits (so scrolling does not redraw the page).
  const [inView] = useState(() => new Set<string>());
  const [, wake] = useReducer((n: number) => n + 1, 0);
  const [drawn, setDrawn] = useState<Readonly<Record<string, string>>>({});
  const [released, setReleased] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: '', ids: new Set() });

  const may = (id: string) => !enabled || inView.has(id) || drawn[id] === undefined || (released.key === key && released.ids.has(id));
  let next: Record<string, string> | null = null;
  for (const id of ids)
    if (drawn[id] !== key && may(id)) {
      next ??= { ...drawn };
      next[id] = key;
    }
  // What each panel drew, kept from render to render («storing information from previous renders»).
  if (next) setDrawn(next);
  const now = next ?? drawn;
  const frozen = new Set(ids.filter((id) => !may(id)));
  const stale = new Set([...frozen].filter((id) => now[id] !== key));

  const waiting = useRef(stale);
  useEffect(() => {
    waiting.current = stale;
  });
  const observer = useRef<IntersectionObserver | null>(null);
  const observe = useCallback(
    (slot: HTMLElement | null) => {
      const panel = slot?.firstElementChild;
      const id = slot?.dataset.panelSlot;
      if (!panel || !id || typeof IntersectionObserver === 'undefined') return;
      observer.current ??= new IntersectionObserver(
        (entries) => {
          let entered = false;
          for (const e of entries) {
            const which = (e.target.parentElement as HTMLElement | null)?.dataset.panelSlot;
            if (!which) continue;
            if (e.isIntersecting) {
              inView.add(which);
              if (waiting.current.has(which)) entered = true;
            } else inView.delete(which);
          }
          if (entered) wake();
        },
        { rootMargin: '200px 0px' },
      );
      const o = observer.current;
      o.observe(panel);
      return () => {
        o.unobserve(panel);
        inView.delete(id);
      };
    },
    [inView],
  );
  useEffect(() => () => observer.current?.disconnect(), []);

  // One waiting panel per idle moment, after the frame that shows the panels in view.
  const first = [...stale][0];
  useEffect(() => {
    if (first === undefined) return;
    const release = () => setReleased((r) => ({ key, ids: new Set(r.key === key ? [...r.ids, first] : [first]) }));
    // Idle time can come before the next frame: wait for that frame first, so the panels in view are painted before any waiting one is drawn.
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(release, { timeout: 500 });
      else timer = setTimeout(release, 50);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, [first, key]);

  return { key, stale, frozen, observe };
}

/** A short stable name for a view key (FNV-1a, base 36). */
function hashKey(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return `${h.toString(36)}-${s.length.toString(36)}`;
}
