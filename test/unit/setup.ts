// happy-dom has no IndexedDB: every unit test gets a fresh in-memory one.
import 'fake-indexeddb/auto';
import { BUNDLED_CATALOGUE } from '@/lib/fields/bundled';
import { useCatalogue } from '@/lib/fields/catalogue';

// The extension hands the field catalogue to the checks at start-up; tests start with it too.
useCatalogue(BUNDLED_CATALOGUE);
