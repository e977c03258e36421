// chart-svg-capture: hover and focus state is taken out of the cloned chart before export. The
// tests run in Node (no DOM): a tiny element tree read from an SVG string stands in for the
// clone, with querySelectorAll for the two selector forms INTERACTION_STATE_SELECTOR uses
// (`.class` and `[class*="…"]`). The whole capture runs in a real browser: e2e/chart-export.spec.ts.

import { describe, expect, it } from 'vitest';
import { INTERACTION_STATE_SELECTOR, stripInteractionState } from './chart-svg-capture';

interface FakeElement {
  name: string;
  cls: string;
  children: FakeElement[];
  parent: FakeElement | null;
  remove(): void;
}

function parse(svg: string): FakeElement {
  const root: FakeElement = { name: '#root', cls: '', children: [], parent: null, remove() {} };
  let current = root;
  for (const tag of svg.matchAll(/<(\/?)([\w:-]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, attrs, selfClosing] = tag;
    if (closing) {
      current = current.parent ?? root;
      continue;
    }
    const el: FakeElement = {
      name,
      cls: /\bclass="([^"]*)"/.exec(attrs)?.[1] ?? '',
      children: [],
      parent: current,
      remove() {
        if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
      },
    };
    current.children.push(el);
    if (!selfClosing) current = el;
  }
  return root;
}

function matches(el: FakeElement, selector: string): boolean {
  const classes = el.cls.split(/\s+/);
  return selector.split(',').some((part) => {
    const s = part.trim();
    if (s.startsWith('.')) return classes.includes(s.slice(1));
    const contains = /^\[class\*="(.+)"\]$/.exec(s);
    if (contains) return el.cls.includes(contains[1]);
    throw new Error(`fake DOM: unsupported selector ${s}`);
  });
}

function all(el: FakeElement): FakeElement[] {
  return el.children.flatMap((c) => [c, ...all(c)]);
}

const fakeClone = (root: FakeElement) => ({
  querySelectorAll: (selector: string) => all(root).filter((el) => matches(el, selector)),
});

const classesOf = (root: FakeElement) => all(root).map((el) => `${el.name}.${el.cls}`);

describe('stripInteractionState', () => {
  it('removes the hover band (tooltip cursor) and leaves the bars', () => {
    const root = parse(
      [
        '<svg class="recharts-surface" width="400" height="200">',
        '<rect class="recharts-rectangle recharts-tooltip-cursor" x="40" y="4" width="30" height="180" fill="#ccc"/>',
        '<g class="recharts-layer recharts-bar"><g class="recharts-layer recharts-bar-rectangles">',
        '<path class="recharts-rectangle" fill="#0072B2" d="M40,40h20v140h-20z"/>',
        '<path class="recharts-rectangle" fill="#0072B2" d="M80,60h20v120h-20z"/>',
        '</g></g>',
        '</svg>',
      ].join(''),
    );
    stripInteractionState(fakeClone(root));
    const left = classesOf(root);
    expect(left.some((c) => c.includes('recharts-tooltip-cursor'))).toBe(false);
    expect(left.filter((c) => c === 'path.recharts-rectangle')).toHaveLength(2);
    expect(left[0]).toBe('svg.recharts-surface');
  });

  it('removes active dots, a tooltip inside the svg and the treemap focus ring, nothing else', () => {
    const root = parse(
      [
        '<svg class="recharts-surface">',
        '<g class="recharts-layer recharts-line"><path class="recharts-curve recharts-line-curve" d="M0,0L10,10"/>',
        '<g class="recharts-layer recharts-active-dot"><circle class="recharts-dot" r="4"/></g></g>',
        '<g class="recharts-tooltip-wrapper"><text>CN</text></g>',
        '<g class="group"><rect class="cell"/><g class="hidden group-focus-visible:inline"><rect/></g></g>',
        '</svg>',
      ].join(''),
    );
    stripInteractionState(fakeClone(root));
    expect(classesOf(root)).toEqual([
      'svg.recharts-surface',
      'g.recharts-layer recharts-line',
      'path.recharts-curve recharts-line-curve',
      'g.group',
      'rect.cell',
    ]);
  });

  it('names the cursor, the active dot and the focus ring in its selector', () => {
    expect(INTERACTION_STATE_SELECTOR).toContain('.recharts-tooltip-cursor');
    expect(INTERACTION_STATE_SELECTOR).toContain('.recharts-active-dot');
    expect(INTERACTION_STATE_SELECTOR).toContain('group-focus-visible:inline');
  });
});
