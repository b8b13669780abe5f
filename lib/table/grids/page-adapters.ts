import { cheetahPage } from './cheetah.page';
import { devextremePage } from './devextreme.page';
import { handsontablePage } from './handsontable.page';
import { jspreadsheetPage } from './jspreadsheet.page';
import { kendoPage } from './kendo.page';
import type { PageGridAdapter } from './page-adapter';
import { spreadjsPage } from './spreadjs.page';

// The page-world adapters the grid bridge asks, one per library (see index.ts for how to add one).
// Only this list and what it imports go into the bridge's page script.
export const PAGE_ADAPTERS: readonly PageGridAdapter<never>[] = [
  handsontablePage as PageGridAdapter<never>,
  devextremePage as PageGridAdapter<never>,
  kendoPage as PageGridAdapter<never>,
  jspreadsheetPage as PageGridAdapter<never>,
  spreadjsPage as PageGridAdapter<never>,
  cheetahPage as PageGridAdapter<never>,
];
