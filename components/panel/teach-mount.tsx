import { render } from 'preact';
import type { TeachEditor } from '@/lib/page/teach';
import { TeachStructure } from './TeachStructure';

/** The editor in the panel's slot, with the teach kit's own Preact (the slot has no other children). */
export function mountTeachEditor(slot: Element, editor: TeachEditor | null): void {
  // Another header, or the same one just taught, is another editor: it starts closed.
  render(editor ? <TeachStructure key={editor.id} editor={editor} /> : null, slot);
}
