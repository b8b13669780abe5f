// tabulator-tables ships no types; the adapter under test declares the part of its API it uses.
declare module 'tabulator-tables';
