// Charts first, then the save (issue 17): for a moment after an upload the dataset exists only
// in this tab. Leaving the page then (reload, close, another address) would lose it, so the
// browser asks first — its own dialog; the text is the browser's, not ours.

import { useEffect } from 'react';
import { savesPending } from '../lib/dataset-repository';

export function useUnsavedGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!savesPending()) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the dialog.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
