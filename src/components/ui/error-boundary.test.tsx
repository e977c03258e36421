import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nContext } from '../../i18n/i18n-context';
import { MESSAGES } from '../../i18n/format';
import type { Language } from '../../state/view-state';
import { ErrorBoundary, ErrorFallback } from './error-boundary';

const render = (lang: Language, error: unknown) =>
  renderToStaticMarkup(
    <I18nContext.Provider value={{ lang, m: MESSAGES[lang] }}>
      <ErrorFallback error={error} onReset={() => undefined} />
    </I18nContext.Provider>,
  );

describe('ErrorFallback', () => {
  it('a chunk that did not load: says so in the user’s language and offers a reload', () => {
    const chunk = new TypeError('Failed to fetch dynamically imported module: https://example.org/assets/upload-panel.js');
    const ru = render('ru', chunk);
    expect(ru).toContain('data-testid="error-boundary"');
    expect(ru).toContain(MESSAGES.ru.errors.chunkTitle);
    expect(ru).toContain('Перезагрузить');
    expect(ru).not.toContain('upload-panel.js');
    expect(render('en', chunk)).toContain('>Reload<');
  });

  it('any other error: «something went wrong», its message (as text), and a reset', () => {
    const ru = render('ru', new TypeError('<b>x</b> is undefined'));
    expect(ru).toContain('Что-то пошло не так…');
    expect(ru).toContain('&lt;b&gt;x&lt;/b&gt; is undefined');
    expect(ru).toContain('Попробовать снова');
    const en = render('en', 'thrown string');
    expect(en).toContain('Something went wrong…');
    expect(en).toContain('thrown string');
    expect(en).toContain('Try again');
  });
});

describe('ErrorBoundary', () => {
  it('draws its children while nothing failed', () => {
    expect(renderToStaticMarkup(<ErrorBoundary>{<p>fine</p>}</ErrorBoundary>)).toBe('<p>fine</p>');
  });

  it('keeps any thrown value, even undefined', () => {
    expect(ErrorBoundary.getDerivedStateFromError(undefined)).toEqual({ caught: true, error: undefined });
  });

  it('forgets the error when a reset key changes, but not in the update that caught it', () => {
    const boundary = new ErrorBoundary({ children: null, resetKeys: ['a'] });
    const setState = vi.spyOn(boundary, 'setState').mockImplementation(() => undefined);
    boundary.state = { caught: true, error: new Error('x') };
    Object.assign(boundary, { props: { children: null, resetKeys: ['b'] } });
    boundary.componentDidUpdate({ children: null, resetKeys: ['a'] }, { caught: false });
    expect(setState).not.toHaveBeenCalled();
    boundary.componentDidUpdate({ children: null, resetKeys: ['a'] }, { caught: true, error: new Error('x') });
    expect(setState).toHaveBeenCalledWith({ caught: false });
    setState.mockClear();
    boundary.componentDidUpdate({ children: null, resetKeys: ['b'] }, { caught: true, error: new Error('x') });
    expect(setState).not.toHaveBeenCalled();
  });
});
