// Worker entry used only when Parallax runs from its TypeScript sources (tsx): worker threads do
// not inherit the tsx loader registered in the main thread, so this plain JavaScript file
// registers it, then loads the TypeScript worker. A build uses dist/corpus/extract-worker.js.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./extract-worker.ts');
export default worker.default;
export const readAndExtract = worker.readAndExtract;
