// A row of mutually exclusive options: a radio group a keyboard can operate. Roving focus: only
// the checked radio is in the tab order; ←/→/↑/↓ (and Home/End) move the selection and the focus.

import { useRef, type KeyboardEvent } from 'react';

interface SegmentedControlProps<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  size?: 'sm' | 'md';
}

export function SegmentedControl<T extends string>({ label, value, options, onChange, size = 'md' }: SegmentedControlProps<T>) {
  const pad = size === 'sm' ? 'px-2 py-1 text-xs' : 'px-3 py-1.5 text-sm';
  const group = useRef<HTMLDivElement>(null);
  const checkedIndex = options.findIndex((o) => o.value === value);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = checkedIndex < 0 ? 0 : checkedIndex;
    const n = options.length;
    let next: number;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (at + 1) % n;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (at - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else return;
    e.preventDefault();
    if (n === 0) return;
    group.current?.querySelectorAll<HTMLElement>('[role=radio]')[next]?.focus();
    if (next !== checkedIndex) onChange(options[next].value);
  };
  return (
    <div ref={group} role="radiogroup" aria-label={label} className="inline-flex overflow-hidden rounded-md border border-slate-300" onKeyDown={onKeyDown}>
      {options.map((o, i) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          tabIndex={i === (checkedIndex < 0 ? 0 : checkedIndex) ? 0 : -1}
          className={`${pad} border-l border-slate-300 first:border-l-0 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 ${
            o.value === value ? 'bg-slate-800 text-white' : 'bg-white text-slate-700 hover:bg-slate-50'
          }`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
