/**
 * What jsdom lacks and Mantine calls while rendering: media queries (colour scheme), element
 * resize observation (ScrollArea, SegmentedControl), web fonts (a growing Textarea re-measures when
 * they load) and scrolling an element into view. jsdom
 * has no layout, so these answer as a browser would for a page nobody resizes or scrolls.
 */
export function installJsdomShims(): void {
  if (typeof window.matchMedia !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string): MediaQueryList =>
        ({
          matches: false,
          media: query,
          onchange: null,
          addListener: () => undefined,
          removeListener: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          dispatchEvent: () => false,
        }) as MediaQueryList,
    });
  }
  if (typeof window.ResizeObserver !== 'function') {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  if (!('fonts' in document)) {
    const noFonts = new EventTarget();
    Object.defineProperty(document, 'fonts', { value: noFonts });
  }
  Element.prototype.scrollIntoView ??= () => undefined;
}
