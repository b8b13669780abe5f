import type { OwnField } from '../../fields/own-schema';
import type { DraftRow } from '../schema';
import type { ColumnMapping } from './map-columns';
import type { Remembered } from './remembered-match';
import type { FindingsView, ViewResult } from './session';

// What the options page and the preview worker say to each other: one request at a time per id, any
// number of progress messages, then one reply. Everything is plain data (structured clone).

export type PreviewRequest = { id: number } & (
  | {
      type: 'load';
      name: string;
      data: ArrayBuffer;
      form: string;
      remembered: Remembered[];
      /** The user's own field names: the worker has no extension storage to read them from. */
      ownFields: OwnField[];
    }
  | { type: 'remap'; mapping: ColumnMapping[] }
  | { type: 'sheet'; name: string }
  | { type: 'check' }
  | { type: 'rows' }
);

export type PreviewReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'view'; result: ViewResult }
  | { id: number; type: 'findings'; findings: FindingsView | null }
  | { id: number; type: 'rows'; rows: DraftRow[] | null }
  | { id: number; type: 'failed' };
