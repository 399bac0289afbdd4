import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * A getter that loads an ES-module package synchronously on its first call (Node 20.19+ can
 * require an ES module), so a package that only some inputs need (linkedom for HTML, chrono's
 * locales for foreign pages) costs nothing to runs that never reach it, and callers stay
 * synchronous. The package's ESM entry is required by path, not by name: by name, `require`
 * would pick the CommonJS build, a second copy beside the one `import` loads elsewhere.
 */
export function packageOnFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(fileURLToPath(import.meta.resolve(specifier))) as T);
}
