// The world map of partners (partner-map.tsx), its pure part: which shape is which partner,
// where a shape is drawn at a given width, which partners are dots, and the colour scale with
// its legend breaks. No DOM: tested in Node against world-atlas's countries-110m.json.
//
// Imported only by the lazy map chunk (d3-geo, topojson-client and i18n-iso-countries's code
// table stay out of the first-load bundle); the panel imports its types only.
//
// Geometry: Natural Earth 1:110m admin-0 countries via world-atlas (data/README.md, «Карта
// партнёров»). Its ids are ISO 3166-1 numeric codes, joined to the alpha-2 codes partners carry.

import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A partner of the map: the panel's row (figures in the map's metric). */
export interface MapPartner {
  /** ISO alpha-2, or a code that is no country (World, OTHER_KEY, unknown): those are listed, never drawn. */
  key: string;
  label: string;
  /** Now, in the metric (value for unit values: they do not add up). */
  value: number;
  /** Of all partners' value now (0–1); NaN when there is none. */
  share: number;
  /** In the comparison base; null when the data does not cover the base. */
  base: number | null;
  /** value / base − 1; null without a base or against zero. */
  change: number | null;
}

/** Shapes whose projected area is below this (px² at the drawn width) are drawn as dots sized by value. */
export const SMALL_AREA_PX2 = 40;

/** Antarctica is left out: nobody trades with it and it would take a fifth of the height. */
const ANTARCTICA = '010';

/** Shapes of world-atlas without an ISO numeric id, by their Natural Earth name. N. Cyprus and Somaliland stay unjoined. */
const BY_NAME: Record<string, string> = { Kosovo: 'XK' };

/**
 * Where partners without a shape in the 1:110m file are drawn (longitude, latitude): the centroid
 * of each one's largest polygon in world-atlas's countries-50m.json (generated once), and by hand
 * for those that file has not (CX, CC, YT, GF, GI, GP, MQ, BQ, UM, RE, SJ, TK, TV, BV, XK).
 */
export const POINTS: Readonly<Record<string, readonly [number, number]>> = {
  CV: [-23.6, 15.1], KY: [-81.3, 19.3], CX: [105.6, -10.5], CC: [96.9, -12.2], KM: [43.3, -11.7], YT: [45.1, -12.8], CK: [-159.8, -21.2],
  DM: [-61.4, 15.4], FO: [-6.9, 62.2], GS: [-36.7, -54.4], AX: [19.9, 60.2], GF: [-53.1, 3.9], PF: [-149.4, -17.7], GI: [-5.35, 36.14],
  KI: [-157.4, 1.9], GD: [-61.7, 12.1], GP: [-61.6, 16.2], GU: [144.8, 13.4], HM: [73.5, -53.1], VA: [12.4, 41.9], HK: [114.1, 22.4],
  LI: [9.5, 47.1], MO: [113.5, 22.2], MV: [73.5, 4.2], MT: [14.4, 35.9], MQ: [-61.0, 14.6], MU: [57.6, -20.3], MC: [7.4, 43.8],
  MS: [-62.2, 16.7], NR: [166.9, -0.5], CW: [-69.0, 12.2], AW: [-70.0, 12.5], SX: [-63.1, 18.1], BQ: [-68.3, 12.2], NU: [-169.9, -19.0],
  NF: [167.9, -29.1], MP: [145.7, 15.2], UM: [166.6, 19.3], FM: [158.2, 6.9], MH: [171.2, 7.1], PW: [134.6, 7.5], PN: [-128.3, -24.4],
  RE: [55.5, -21.1], BL: [-62.8, 17.9], SH: [-5.7, -16.0], KN: [-62.7, 17.3], AI: [-63.1, 18.2], LC: [-61.0, 13.9], MF: [-63.1, 18.1],
  PM: [-56.3, 46.9], VC: [-61.2, 13.3], SM: [12.5, 43.9], ST: [6.6, 0.2], SC: [55.5, -4.7], SG: [103.8, 1.4], SJ: [16.0, 78.5],
  TK: [-171.8, -9.2], TO: [-175.2, -21.2], TC: [-71.7, 21.8], TV: [179.2, -8.5], GG: [-2.6, 49.5], JE: [-2.1, 49.2], IM: [-4.5, 54.2],
  VI: [-64.8, 17.7], WF: [-178.1, -14.3], WS: [-172.4, -13.6], XK: [20.9, 42.6], AS: [-170.7, -14.3], AD: [1.6, 42.5], AG: [-61.8, 17.1],
  BH: [50.5, 26.0], BB: [-59.6, 13.2], BM: [-64.8, 32.3], BV: [3.4, -54.4], IO: [72.4, -7.3], VG: [-64.6, 18.4],
};

let numericToAlpha2: Map<string, string> | null = null;

/** ISO 3166-1 numeric (`'156'`, `'004'`) → alpha-2 (`'CN'`), from i18n-iso-countries's code table. */
export function alpha2OfNumeric(numeric: string): string | null {
  if (!numericToAlpha2) {
    numericToAlpha2 = new Map();
    for (const [num, code] of Object.entries(isoCountries.getNumericCodes())) numericToAlpha2.set(num.padStart(3, '0'), code);
  }
  return numericToAlpha2.get(numeric.padStart(3, '0')) ?? null;
}

/** The partner code of a world-atlas country: by its numeric id, else by its name (Kosovo); null when it is none. */
export function alpha2OfShape(id: string | number | undefined, name: string | undefined): string | null {
  if (id !== undefined && id !== '') return alpha2OfNumeric(String(id));
  return (name && BY_NAME[name]) || null;
}

export interface CountryFeature {
  /** Alpha-2, or null for a shape that is no partner code (N. Cyprus, Somaliland). */
  code: string | null;
  name: string;
  geometry: Geometry;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The countries of a world-atlas topology as GeoJSON, joined to alpha-2, without Antarctica. */
export function countryFeatures(topology: unknown): CountryFeature[] {
  const world = topology as CountriesTopology;
  const collection = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features
    .filter((f) => String(f.id) !== ANTARCTICA)
    .map((f) => ({ code: alpha2OfShape(f.id, f.properties?.name), name: f.properties?.name ?? '', geometry: f.geometry }));
}

export interface MapShape {
  code: string | null;
  name: string;
  /** SVG path data at the layout's width. */
  d: string;
  /** Projected area, px². */
  area: number;
}

export interface WorldLayout {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Centre of a shape's largest polygon, px: where its dot or tooltip goes (computed when asked, once). */
  centre(index: number): [number, number];
  /** A partner's dot centre from its longitude and latitude (POINTS). */
  place(lonLat: readonly [number, number]): [number, number] | null;
}

function largestPolygon(g: Geometry, area: (g: GeoPermissibleObjects) => number): Polygon | MultiPolygon | Geometry {
  if (g.type !== 'MultiPolygon') return g;
  let best: Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const p: Polygon = { type: 'Polygon', coordinates };
    const a = area(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best ?? g;
}

/** The latitudes the map spans: Greenland's north coast to just south of Tierra del Fuego and South Georgia (Antarctica left out). */
const NORTH = 83.7;
const SOUTH = -56.5;
const PAD = 2;

/**
 * The countries projected (Natural Earth I) and fitted to `width`; the height follows. The fit
 * is the sphere's (the map spans every longitude: Russia and Fiji cross the antimeridian) cut to
 * NORTH…SOUTH, so nothing is streamed twice; no adaptive resampling (1:110m edges are short).
 */
export function layoutWorld(countries: readonly CountryFeature[], width: number): WorldLayout {
  const w = Math.max(1, width);
  const projection = geoNaturalEarth1().precision(0).fitWidth(w, { type: 'Sphere' });
  const top = projection([0, NORTH])![1];
  const bottom = projection([0, SOUTH])![1];
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - top + PAD]);
  const height = Math.ceil(bottom - top + 2 * PAD);
  const path = geoPath(projection).digits(1);
  const shapes = countries.map((c): MapShape => ({ code: c.code, name: c.name, d: path(c.geometry) ?? '', area: path.area(c.geometry) }));
  const centres = new Map<number, [number, number]>();
  return {
    width: w,
    height,
    shapes,
    centre: (i) => {
      let at = centres.get(i);
      if (!at) {
        const [x, y] = path.centroid(largestPolygon(countries[i].geometry, (g) => path.area(g)));
        centres.set(i, (at = [x, y]));
      }
      return at;
    },
    place: (lonLat) => {
      const p = projection([lonLat[0], lonLat[1]]);
      return p ? [p[0], p[1]] : null;
    },
  };
}

/** The small-country rule: a shape this small at the drawn width is a dot. */
export function isSmall(areaPx2: number): boolean {
  return !(areaPx2 >= SMALL_AREA_PX2);
}

/**
 * Sequential single-hue blue ramp (ColorBrewer Blues, light to dark): readable with every
 * colour-vision deficiency because only lightness changes; the larger share is the darker.
 * Apart from the partners' Okabe–Ito palette (partner-colours.ts).
 */
export const MAP_RAMP = ['#C6DBEF', '#9ECAE1', '#6BAED6', '#4292C6', '#2171B5', '#08306B'] as const;
/** Countries with no trade in the period. */
export const NO_TRADE_FILL = '#EEF0F3';
export const BORDER = '#FFFFFF';

/** Candidate class limits (shares, 0–1): roughly ×2 steps, so a skewed distribution still spreads. */
const BREAK_CANDIDATES = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5];

/**
 * The class limits of the legend for the largest share: the largest candidates below it, at most
 * `MAP_RAMP.length − 1` of them, ascending. Classes: `< b[0]`, `b[0]–b[1]`, …, `≥ b[last]`.
 */
export function legendBreaks(maxShare: number): number[] {
  if (!(maxShare > 0)) return [];
  const below = BREAK_CANDIDATES.filter((b) => b < maxShare);
  return below.slice(Math.max(0, below.length - (MAP_RAMP.length - 1)));
}

/** The class of a share: how many limits it reaches. */
export function shareClass(share: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && share >= breaks[k]) k++;
  return k;
}

/** The ramp colours of the classes (breaks.length + 1 of them), spread from light to dark; the top class is always the darkest. */
export function classColours(breaks: readonly number[]): string[] {
  const n = breaks.length + 1;
  if (n === 1) return [MAP_RAMP[MAP_RAMP.length - 1]];
  return Array.from({ length: n }, (_, i) => MAP_RAMP[Math.round((i * (MAP_RAMP.length - 1)) / (n - 1))]);
}

/** The fill of a partner's share; no trade (0, NaN) is the grey of no data. */
export function shareColour(share: number, breaks: readonly number[], colours: readonly string[] = classColours(breaks)): string {
  if (!(share > 0)) return NO_TRADE_FILL;
  return colours[shareClass(share, breaks)];
}

/** A legend item's range: `< 1 %`, `1–5 %`, `≥ 50 %` (`format` writes one share, e.g. formatShare). */
export function legendLabels(breaks: readonly number[], format: (share: number) => string): string[] {
  if (breaks.length === 0) return [`> ${format(0)}`];
  const bare = (s: number) => format(s).replace(/\s*%$/, '');
  const labels = [`< ${format(breaks[0])}`];
  for (let i = 1; i < breaks.length; i++) labels.push(`${bare(breaks[i - 1])}–${format(breaks[i])}`);
  labels.push(`≥ ${format(breaks[breaks.length - 1])}`);
  return labels;
}

export const DOT_MIN_R = 3;
export const DOT_MAX_R = 9;

/** A dot's radius: its area grows with the value (square root), from DOT_MIN_R to DOT_MAX_R at the largest dot's value. */
export function dotRadius(value: number, maxValue: number): number {
  if (!(value > 0) || !(maxValue > 0)) return DOT_MIN_R;
  return DOT_MIN_R + (DOT_MAX_R - DOT_MIN_R) * Math.sqrt(Math.min(1, value / maxValue));
}

/** How one partner is drawn: its shape, a dot (a shape too small, or none in the 1:110m file), or not at all (listed under the map). */
export type Placement = { kind: 'shape'; index: number } | { kind: 'dot'; at: [number, number]; shape: number | null } | { kind: 'none' };

/** Each partner's placement at this layout. */
export function placePartners(layout: WorldLayout, codes: readonly string[]): Map<string, Placement> {
  const byCode = new Map<string, number>();
  layout.shapes.forEach((s, i) => {
    if (s.code && !byCode.has(s.code)) byCode.set(s.code, i);
  });
  const out = new Map<string, Placement>();
  for (const code of codes) {
    const i = byCode.get(code);
    if (i !== undefined) {
      const s = layout.shapes[i];
      out.set(code, isSmall(s.area) ? { kind: 'dot', at: layout.centre(i), shape: i } : { kind: 'shape', index: i });
      continue;
    }
    const point = POINTS[code];
    const at = point ? layout.place(point) : null;
    out.set(code, at ? { kind: 'dot', at, shape: null } : { kind: 'none' });
  }
  return out;
}
