import { installGridBridge } from '@/lib/table/grid-bridge-page';

// Runs in the page's main world (injected by lib/table/inject-bridge.ts), where widget grids keep
// their data: answers the content script's read and write requests. No extension APIs here.
export default defineUnlistedScript(() => installGridBridge(window));
