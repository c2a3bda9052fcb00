import { afterEach } from 'vitest';

// Unmount React trees rendered by @testing-library/react after each test (DOM environments only).
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
