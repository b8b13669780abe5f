// happy-dom has no IndexedDB: every unit test gets a fresh in-memory one.
import 'fake-indexeddb/auto';
import { BUNDLED_CATALOGUE } from '@/lib/fields/bundled';
import { useCatalogue } from '@/lib/fields/catalogue';
import { installFillKit } from '@/lib/fill/kit';
import { contentTable } from '@/lib/i18n/content-tables';
import { installTables } from '@/lib/panel/strings';

// The extension hands the field catalogue to the checks at start-up; tests start with it too.
useCatalogue(BUNDLED_CATALOGUE);

// The content script loads fill, fix and undo from a packaged file on first use; tests have them at hand.
installFillKit();

// …and its English tables, which it loads from a packaged file the first time the panel shows English.
installTables('en', contentTable('en'));
