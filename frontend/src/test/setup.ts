import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { sessionStore } from '../lib/session';

// Testing Library only cleans up automatically when test globals are on; they are off here.
afterEach(cleanup);

// findBy… and waitFor give up after 1 s by default; with every file running at once on a small
// machine an antd page can take longer to settle.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks matchMedia, which antd's responsive Grid and Layout.Sider use.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// jsdom does not implement getComputedStyle for pseudo-elements, which antd asks for
// (scrollbar size); answer with the element's own style instead of logging an error.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// jsdom lacks ResizeObserver, which antd's Select, TreeSelect and Tabs use to measure themselves.
globalThis.ResizeObserver ??= class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// The session store is module state: every test starts not knowing whether anyone is signed in.
afterEach(() => sessionStore.reset());
