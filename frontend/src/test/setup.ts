import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { failOnUnhandledRequests } from './fakeApi';
import { resetFakeCharts } from './fakeEcharts';

// ECharts draws on a canvas, which jsdom does not have: charts get a fake that records what they are asked to draw.
vi.mock('../components/charts/echartsRuntime', () => import('./fakeEcharts'));

// antd reads media queries (Grid, Sider breakpoints) and observes sizes (Table, Tabs); jsdom has neither.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
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

// antd measures scrollbars with pseudo-element styles, which jsdom does not implement (and logs about).
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

// The first test of a file loads a lazy page and antd's styles; two shared cores need more than 1 s for that.
configure({ asyncUtilTimeout: 5000 });

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;

afterEach(() => {
  cleanup();
  resetFakeCharts();
  localStorage.clear();
  document.cookie.split(';').forEach((pair) => {
    const name = pair.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
  // Last, so the clean-up above happens even when the test fails here.
  failOnUnhandledRequests();
});

// A request made after the last test's check (a late refetch) still fails the file.
afterAll(() => failOnUnhandledRequests());
