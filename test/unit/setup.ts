// happy-dom has no IndexedDB: every unit test gets a fresh in-memory one.
import 'fake-indexeddb/auto';
import { mountTeachEditor } from '@/components/panel/teach-mount';
import { BUNDLED_CATALOGUE } from '@/lib/fields/bundled';
import { useCatalogue } from '@/lib/fields/catalogue';
import { installFillKit } from '@/lib/fill/kit';
import { contentTable } from '@/lib/i18n/content-tables';
import { createTeachKit } from '@/lib/page/teach';
import { TEACH_KIT_GLOBAL } from '@/lib/page/teach-kit-file';
import { installTables } from '@/lib/panel/strings';

// The extension hands the field catalogue to the checks at start-up; tests start with it too.
useCatalogue(BUNDLED_CATALOGUE);

// The content script loads fill, fix and undo from a packaged file on first use; tests have them at hand.
installFillKit();

// …and its English tables, which it loads from a packaged file the first time the panel shows English.
installTables('en', contentTable('en'));
// …and the teach kit (version notices, taught structures and their editor) on a generically checked page.
(globalThis as Record<string, unknown>)[TEACH_KIT_GLOBAL] = createTeachKit(mountTeachEditor);
