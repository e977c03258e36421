// Recharts labels each legend icon «<name> legend icon» (in English, on the Russian page too), and
// the name is the legend item's text right beside it: the icons are decoration and are hidden
// from assistive technology. A callback ref for the chart's container (React 19: its cleanup
// disconnects the observer); the legend redraws with the chart, so new icons are hidden as they come.

export function hideLegendIcons(el: HTMLElement | null): (() => void) | undefined {
  if (!el) return undefined;
  const hide = () => {
    for (const svg of el.querySelectorAll('.recharts-legend-item svg:not([aria-hidden])')) svg.setAttribute('aria-hidden', 'true');
  };
  hide();
  const observer = new MutationObserver(hide);
  observer.observe(el, { childList: true, subtree: true });
  return () => observer.disconnect();
}
