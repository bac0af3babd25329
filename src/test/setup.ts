// Test setup for component tests: jest-dom matchers, an in-memory IndexedDB,
// and a clean DOM after each test.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait up to 5 s: on a loaded 2-core CI machine the first
// render of a screen with IndexedDB reads can take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
