import { agGridPage } from './ag-grid.page';
import { cheetahPage } from './cheetah.page';
import { devextremePage } from './devextreme.page';
import { handsontablePage } from './handsontable.page';
import { jspreadsheetPage } from './jspreadsheet.page';
import { kendoPage } from './kendo.page';
import type { PageGridAdapter } from './page-adapter';
import { spreadjsPage } from './spreadjs.page';
import { tabulatorPage } from './tabulator.page';

// The page-world adapters the grid bridge asks, one per library (see index.ts for how to add one).
// Only this list and what it imports go into the bridge's page script.
export const PAGE_ADAPTERS: readonly PageGridAdapter<unknown>[] = [
  handsontablePage,
  agGridPage,
  tabulatorPage,
  devextremePage,
  kendoPage,
  jspreadsheetPage,
  spreadjsPage,
  cheetahPage,
];
