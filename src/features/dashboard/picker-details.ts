// Shared behaviour of the filter bar's pickers (`<details>` drop-downs): one open at a time, and
// Escape closes an open one and gives the focus back to its summary.

import type { KeyboardEvent, SyntheticEvent } from 'react';

/** The attribute that marks a picker's `<details>`. */
export const PICKER_ATTR = 'data-picker';

/** On opening, closes every other picker on the page. */
export function closeOtherPickers(e: SyntheticEvent<HTMLDetailsElement>): void {
  const self = e.currentTarget;
  if (!self.open) return;
  for (const other of document.querySelectorAll<HTMLDetailsElement>(`details[${PICKER_ATTR}][open]`)) if (other !== self) other.open = false;
}

/** Escape inside an open picker closes it and focuses its summary. */
export function closePickerOnEscape(e: KeyboardEvent<HTMLDetailsElement>): void {
  const details = e.currentTarget;
  if (e.key !== 'Escape' || !details.open) return;
  e.preventDefault();
  e.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}
