import { visibleText } from '../forms/form-text';
import { matchForm } from '../forms/match';
import { allInputsDisabled, recogniseTable } from '../forms/recognise';
import type { Text } from '../i18n/message';
import { pageMessages } from '../i18n/messages/page';
import { rulesMessages } from '../i18n/messages/rules';
import { structureReportMessages } from '../i18n/messages/structure-report';
import { phraseIn } from '../i18n/phrase';
import { textIn } from '../i18n/translator';
import { namesAForm, scanDocuments } from '../page/scan';
import type { BuiltTable } from '../table/build-model';
import { findReportTables } from '../table/find';
import { readBuiltTable } from '../table/read';
import type { Unsupported } from '../table/unsupported';
import { WIDGET_ROOT } from '../table/widget-dom';
import { detectLibraries, scriptFiles } from './libraries';
import { formLines } from './lines';
import { redact, secretsOf } from './redact';
import {
  type Decision,
  type FrameReport,
  type Recognised,
  STRUCTURE_FORMAT,
  STRUCTURE_VERSION,
  type Step,
  type StructureReport,
  type TableReport,
} from './report';
import { ancestorsOf, classShape, shapeOf } from './shape';
import { describeModel, describeTable } from './table';

// Builds the page-structure report from the documents the top frame reads (lib/table/frames.ts) and
// what the grid bridge answered. Pure: it reads the DOM it is given and changes nothing. The decision
// is the one the content script makes (lib/page/scan.ts), told step by step.

export interface WidgetRead {
  doc: number;
  tables: { grid: string; root: Element | null; built: BuiltTable; merged: number; readOnly: number }[];
  unsupported: Unsupported | null;
}

export interface StructureInput {
  docs: Document[];
  widgets?: WidgetRead[];
  extension: string;
  now: Date;
  errors?: string[];
}

const CANDIDATES = 'table,[role=grid],[role=treegrid]';
const MAX_CANDIDATES = 8;

function candidatesOf(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(CANDIDATES)).filter(
    (el) =>
      !['presentation', 'none'].includes(el.getAttribute('role') ?? '') &&
      !(el.tagName === 'TABLE' && el.parentElement?.closest('[role=grid],[role=treegrid]')) &&
      !el.closest(WIDGET_ROOT),
  );
}

function recognised(root: Element, built: BuiltTable | null, locked?: boolean): Recognised {
  const { info, form } = recogniseTable(root, locked ?? allInputsDisabled(root));
  let header: Recognised['header'] = 'not-checked';
  if (form?.structure === 'known' && built) {
    const match = matchForm(form, built.model);
    header = match.ok
      ? 'matches'
      : {
          reason: phraseIn(rulesMessages.vi, 'vi', match.reason),
          reasonEn: phraseIn(rulesMessages.en, 'en', match.reason, rulesMessages.vi),
        };
  }
  return {
    formCode: info.formCode,
    definition: form ? { code: form.code, basis: form.basis.document, structure: form.structure } : null,
    header,
    period: info.period ? 'read' : info.badDates.length ? 'unreadable-dates' : 'missing',
    periodLabel: info.periodLabel !== '',
    unit: info.unit !== '',
    workflow: info.workflow,
    state: info.state,
  };
}

function frameReports(docs: Document[]): FrameReport[] {
  const out: FrameReport[] = [];
  docs.forEach((doc, index) => {
    for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe,frame'))) {
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        inner = null;
      }
      const shows = inner ? docs.indexOf(inner) : -1;
      let other = false;
      try {
        const src = frame.getAttribute('src') ?? '';
        other = src !== '' && new URL(src, doc.location?.href).host !== (doc.location?.host ?? '');
      } catch {
        other = false;
      }
      const access = shows >= 0 ? 'same-origin' : other ? 'other-host' : 'not-loaded';
      out.push({ in: index, shows: shows >= 0 ? shows : null, element: shapeOf(frame), access });
    }
  });
  return out;
}

/** The page's path with every segment that looks like an id (long numbers, hex, uuids) reduced to its shape. */
export function pathShape(path: string): string {
  return path
    .split('/')
    .map((part) => (/\d{4,}|^[\da-f-]{12,}$/i.test(part) ? classShape(part) : part))
    .join('/');
}

export function buildStructureReport(input: StructureInput): StructureReport {
  const { docs } = input;
  const errors = [...(input.errors ?? [])];
  const steps: Step[] = [{ step: 'documents', count: docs.length }];
  const tables: TableReport[] = [];
  const roots: Element[] = [];
  docs.forEach((doc, index) => {
    const candidates = candidatesOf(doc);
    const kept = findReportTables(doc);
    steps.push({ step: 'candidates', doc: index, found: candidates.length, reportTables: kept.length });
    for (const el of candidates.slice(0, MAX_CANDIDATES)) {
      let built: BuiltTable | null = null;
      try {
        built = readBuiltTable(el);
      } catch (error) {
        errors.push(`read table: ${error instanceof Error ? error.message : String(error)}`);
      }
      const reportTable = kept.includes(el);
      const rec = reportTable ? recognised(el, built) : undefined;
      tables.push({
        doc: index,
        reader: built ? built.model.source : null,
        reportTable,
        shape: describeTable(el, built, reportTable),
        ...(built ? { model: describeModel(built) } : {}),
        ...(rec ? { recognised: rec } : {}),
        lines: reportTable ? formLines(recogniseTable(el).text) : [],
      });
      roots.push(el);
    }
  });
  for (const read of input.widgets ?? []) {
    steps.push({
      step: 'widget',
      doc: read.doc,
      grids: read.tables.length,
      answered: read.unsupported === null,
      ...(read.unsupported ?? {}),
    });
    for (const table of read.tables) {
      const root = table.root;
      const locked = table.built.model.rows.every((row) => row.cells.every((cell) => !cell.editable));
      tables.push({
        doc: read.doc,
        reader: 'widget',
        reportTable: root !== null,
        ...(root
          ? {
              shape: {
                element: shapeOf(root),
                around: ancestorsOf(root),
                groups: [],
                rows: [],
                domRows: 0,
                rowsOmitted: 0,
              },
              recognised: recognised(root, table.built, locked || allInputsDisabled(root)),
              lines: formLines(recogniseTable(root).text),
            }
          : { lines: [] }),
        model: describeModel(table.built),
        widget: { grid: table.grid, mergedCells: table.merged, readOnlyCells: table.readOnly },
      });
      if (root) roots.push(root);
    }
  }
  const decision = decide(docs, input.widgets ?? [], roots, steps);
  const report: StructureReport = {
    format: STRUCTURE_FORMAT,
    version: STRUCTURE_VERSION,
    extension: input.extension,
    createdAt: input.now.toISOString(),
    page: { host: docs[0]?.location?.hostname ?? '', path: pathShape(docs[0]?.location?.pathname ?? '') },
    libraries: docs.flatMap((doc) => detectLibraries(doc)),
    scripts: docs[0] ? scriptFiles(docs[0]) : [],
    documents: docs.map((doc, index) => ({
      index,
      namesAForm: namesAForm(doc),
      widgetRoots: doc.querySelectorAll(WIDGET_ROOT).length,
      canvases: doc.querySelectorAll('canvas').length,
      lines: doc.body ? formLines(visibleText(doc.body)) : [],
    })),
    frames: frameReports(docs),
    tables,
    steps,
    decision,
    errors,
  };
  return redact(report, secretsOf(docs));
}

/** A reason of the page catalogue, as the file holds it: the Vietnamese and the English sentence. */
function inBoth(text: Text): { reason: string; reasonEn: string } {
  return { reason: textIn(pageMessages, 'vi', text), reasonEn: textIn(pageMessages, 'en', text) };
}

function gridNotRead(): { reason: string; reasonEn: string } {
  const text: Text = { key: 'structureReport.gridNotRead' };
  return {
    reason: textIn(structureReportMessages, 'vi', text),
    reasonEn: textIn(structureReportMessages, 'en', text),
  };
}

/** What the content script does with these documents, and why (the order of lib/page/scan.ts). */
function decide(docs: Document[], widgets: WidgetRead[], roots: Element[], steps: Step[]): Decision {
  const scan = scanDocuments(docs);
  let decision: Decision;
  if (scan.kind === 'report') {
    const table = roots.indexOf(scan.report.root);
    const form = scan.report.info.formCode ?? 'generic';
    decision = scan.report.form?.outline
      ? { kind: 'outline', form }
      : { kind: 'report', form, ...(table >= 0 ? { table } : {}) };
  } else if (scan.kind === 'widget') {
    const read = widgets.find((w) => docs[w.doc] === scan.doc);
    const found = read?.tables.find((t) => t.root);
    decision = found
      ? { kind: 'widget', table: roots.indexOf(found.root as Element), form: formOf(found.root as Element) }
      : {
          kind: 'unsupported',
          ...(read?.unsupported ? inBoth(read.unsupported) : gridNotRead()),
        };
  } else if (scan.kind === 'unsupported') {
    decision = { kind: 'unsupported', ...(scan.reason ? inBoth(scan.reason) : {}) };
  } else {
    decision = { kind: 'none' };
  }
  steps.push({ step: 'decided', ...decision });
  return decision;
}

function formOf(root: Element): string {
  return recogniseTable(root).info.formCode ?? 'generic';
}
