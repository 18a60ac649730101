// Worker entry: workers do not inherit the tsx loader, so register it here before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./code-worker-run.ts');
