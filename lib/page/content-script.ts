import { UNREACHABLE } from '../messaging';
import { SEVERITY_ATTR } from '../panel/marks';
import { checksEnabled, type Settings } from '../settings';
import { isReadByTop, listDocuments } from '../table/frames';
import { loadLanguage } from './english-loader';
import { type Lifetime, type LifetimeOptions, watchLifetime } from './lifetime';
import { type ScanAhead, scanAhead } from './scan';
import { type PanelHost, ReportSession, type SessionDeps } from './session';
import { removeLeftovers } from './shadow-host';

// The content script's whole life on a report site, browser services passed in (the entry wires the
// real ones; tests pass fakes): one session while the checks are on for the site, and — when the
// extension is reloaded or updated — nothing left behind: the orphaned instance removes its panel,
// marks and listeners, and the new one (injected by the background) takes over with one panel.

export interface ContentScriptDeps {
  win: Window;
  /** The extension context is still there (`runtime.id` is defined): false once orphaned. */
  alive(): boolean;
  /** Reads what the checks need from storage (catalogue, settings); answers the settings. */
  load(): Promise<Settings>;
  createPanel(doc: Document): PanelHost;
  services: SessionDeps['services'];
  injectBridge: SessionDeps['injectBridge'];
  /** Listeners that end with this instance; each returns its unsubscribe. */
  listen: {
    settings(callback: (settings: Settings) => void): () => void;
    fillCommand(callback: () => void): () => void;
    ping(): () => void;
    /** The user's own field names changed: the checks run again. */
    ownFields(recheck: () => void): () => void;
    /** Requests for the page-structure report. */
    structure(doc: Document): () => void;
  };
  lifetime?: LifetimeOptions;
}

/** Runs the content script; resolves to its lifetime (null in a frame the top frame reads). */
export async function startContentScript(deps: ContentScriptDeps): Promise<Lifetime | null> {
  const { win } = deps;
  // Same-origin frames are read by the top frame, which mounts the one panel.
  if (isReadByTop(win)) return null;
  const life = watchLifetime(win, deps.alive, deps.lifetime);
  if (!life.valid) return life;
  const doc = win.document;
  for (const d of listDocuments(doc)) removeLeftovers(d, [SEVERITY_ATTR]);

  // The report is read while the settings load (a wait on storage): the panel shows that much sooner.
  let ahead: ScanAhead | undefined = scanAhead(listDocuments(doc));
  const settings = await deps.load().catch(() => null);
  if (!settings || !life.check()) {
    ahead.drop();
    return life;
  }
  // English is a packaged file of its own: in place before the panel's first words.
  await loadLanguage(settings.lang).catch(() => {});
  if (!life.check()) {
    ahead.drop();
    return life;
  }

  // A call after the extension went away tears this instance down instead of failing in the panel.
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      life.check() ? call(...args) : Promise.resolve(UNREACHABLE as R);
  const { services } = deps;
  const sessionServices: SessionDeps['services'] = {
    ...services,
    saveDraft: guard(services.saveDraft),
    findDraft: guard(services.findDraft),
    getDraft: guard(services.getDraft),
  };

  // The popup switches the checks off and on per site; the page follows without a reload. Any other
  // change (language, dock, collapsed, from this tab or another) goes to the session's one copy.
  let session: ReportSession | null = null;
  const follow = (next: Settings) => {
    if (!life.valid) return;
    const enabled = checksEnabled(next, win.location.hostname);
    if (!enabled && session) {
      session.stop();
      session = null;
    } else if (session) {
      session.setSettings(next);
    } else if (enabled) {
      session = new ReportSession({
        doc,
        settings: next,
        services: sessionServices,
        createPanel: async () => deps.createPanel(doc),
        injectBridge: deps.injectBridge,
        ahead,
      });
      ahead = undefined;
      void session.start();
    }
  };
  follow(settings);
  // The checks are off on this site: the scan ahead is not needed.
  ahead?.drop();
  ahead = undefined;
  const unsubscribe = [
    deps.listen.settings(follow),
    deps.listen.fillCommand(() => session?.fill()),
    deps.listen.ping(),
    deps.listen.ownFields(() => session?.recheck()),
    deps.listen.structure(doc),
  ];
  life.onInvalidated(() => {
    session?.stop();
    session = null;
    for (const off of unsubscribe) {
      try {
        off();
      } catch {
        // An orphaned context's extension APIs may throw; its listeners never fire again anyway.
      }
    }
  });
  return life;
}
