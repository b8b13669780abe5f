import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { BUNDLED_CATALOGUE } from '@/lib/fields/bundled';
import { useCatalogue } from '@/lib/fields/catalogue';

// The import preview runs the same checks as the page, field names included.
useCatalogue(BUNDLED_CATALOGUE);
render(<Options />, document.getElementById('app')!);
