/** A cell as read: text, a real spreadsheet number, or nothing (empty, or covered by a merge). */
export type SheetCell = string | number | null;
