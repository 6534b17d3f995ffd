// The browser: state in a pure reducer (reducer.ts), keys interpreted purely
// (keys.ts), and the few effects (writing statuses, undo, reviews, notes in
// the editor, opening links, quitting) performed here. Everything it needs
// comes in as props, so tests can give it a roadmap, a store in a temp dir, a
// fixed clock, a size and an editor.
import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clean } from '../render/sanitize.js';
import { loadScheduler } from '../core/review/load-scheduler.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { isSolved } from '../core/state/practice.js';
import { notesOf } from '../core/state/notes.js';
import type { StateStore } from '../store/state-store.js';
import type { StateDoc } from '../core/state/types.js';
import { Detail } from './components/Detail.js';
import { Footer } from './components/Footer.js';
import { Header } from './components/Header.js';
import { Help } from './components/Help.js';
import { Review } from './components/Review.js';
import { SearchList } from './components/SearchList.js';
import { Tree } from './components/Tree.js';
import { Lines } from './components/Lines.js';
import { useStateFile } from './hooks/use-state-file.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { interpret, isEffect, splitKeys, type Effect, type KeyInfo } from './keys.js';
import { layoutOf, type Size } from './layout.js';
import { noEditor, writeNote, type RunEditor } from './note.js';
import { webUrl, type Opener } from './open-url.js';
import { errorText, Persister } from './persist.js';
import { labelOf, selected, type Action, type LearningSettings, type TuiState } from './model.js';
import { initialState, reduce } from './reducer.js';
import { statusLines } from './view/chrome.js';
import { theme as makeTheme } from './view/segments.js';
import type { Glyphs } from '../render/glyphs.js';

export interface AppProps {
  roadmap: Roadmap;
  store: StateStore;
  /** The state as already read (else read from the store). */
  doc?: StateDoc;
  /** Time of each status change, review and note, and what decides which reviews are due (index.ts: the mlroad clock, MLROAD_NOW aware). */
  clock: () => Date;
  /** A fixed size (tests); without it, the terminal's, following resizes. */
  size?: Size;
  /** Colours to use; the default has none (level 0). */
  chalk?: ChalkInstance;
  /** The symbols to draw with (ASCII for a non-UTF-8 locale); default Unicode. */
  glyphs?: Glyphs;
  /** Draw resources as clickable links (OSC 8): index.ts asks supports-hyperlinks. */
  links?: boolean;
  /** The learner's time zone for notes and history (index.ts: TZ of the run); default the system's. */
  timeZone?: string | undefined;
  /** Opens a resource's link (index.ts: the system's opener). */
  openUrl: Opener;
  /** The editor for `e` (a note); index.ts gives the learner's, on the terminal. */
  runEditor?: RunEditor;
  persister?: Persister;
  /** `p`: writes a topic's exercise to the practice folder (index.ts: with the learner's settings); the file as shown, and whether it was new. */
  practise?: (topic: Topic) => { shown: string; created: boolean };
  /** Called once, after pending writes finished, when the user quits. */
  onQuit?: () => void;
  /** How often to look for changes made by another mlroad, in ms (0: never). */
  watchMs?: number;
  /** review.daily-limit and review.refresh-below (default: the settings' defaults). */
  learning?: LearningSettings;
}

const NO_COLOUR = new Chalk({ level: 0 });

const messageOf = (error: unknown) => clean(error instanceof Error ? error.message : String(error));
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function App(props: AppProps) {
  const { roadmap, store } = props;
  const { exit } = useApp();
  // Ink's write() redraws the whole frame after it: used when the editor gave the screen back.
  const { write } = useStdout();
  const clock = props.clock;
  const runEditor = props.runEditor ?? noEditor;
  const opener = props.openUrl;
  const persister = useMemo(() => props.persister ?? new Persister(store, roadmap), [props.persister, store, roadmap]);
  const theme = useMemo(() => makeTheme(props.chalk ?? NO_COLOUR, props.glyphs), [props.chalk, props.glyphs]);

  // The reducer's state lives in a ref that key handling reads and writes
  // synchronously (never a stale render-time copy); React state only triggers renders.
  const ref = useRef<TuiState | null>(null);
  const onResize = useCallback((size: Size) => dispatch({ type: 'resize', size }), []);
  const terminal = useTerminalSize(onResize, !props.size);
  ref.current ??= initialState({
    roadmap,
    doc: props.doc ?? store.read(),
    size: props.size ?? terminal,
    now: clock(),
    ...(props.learning ? { learning: props.learning } : {}),
  });
  const [state, setState] = useState<TuiState>(ref.current);
  const quitting = useRef(false);
  /** The editor has the terminal: keys are not the browser's. */
  const editing = useRef(false);
  const markIds = useRef(0);

  function dispatch(action: Action): void {
    ref.current = reduce(ref.current!, action);
    setState(ref.current);
  }

  useEffect(() => {
    if (props.size) dispatch({ type: 'resize', size: props.size });
  }, [props.size?.columns, props.size?.rows]);

  // When the soonest review falls due, recount (the badge appears without a key press).
  useEffect(() => {
    const until = state.due.until;
    if (!Number.isFinite(until)) return;
    const timer = setTimeout(() => dispatch({ type: 'tick', now: clock() }), Math.min(2 ** 31 - 1, Math.max(0, until - clock().getTime()) + 1000));
    timer.unref?.();
    return () => clearTimeout(timer);
  }, [state.due.until]);

  useStateFile(
    store,
    props.watchMs ?? 1000,
    (doc) => {
      dispatch({ type: 'tick', now: clock() });
      dispatch({ type: 'reloaded', doc });
    },
    (error) => dispatch({ type: 'message', text: clean(error instanceof Error ? error.message : String(error)), tone: 'error' }),
  );

  /** A review overlay the reducer opened by itself (the queue moving on) needs its preview loaded. */
  function previewOpened(): void {
    const overlay = ref.current!.overlay;
    if (overlay?.kind === 'review' && !overlay.preview) perform({ effect: 'preview', topic: overlay.topic });
  }

  function perform(effect: Effect): void {
    switch (effect.effect) {
      case 'quit':
        quitting.current = true;
        // Leave only when every status change asked for is on disk.
        void persister.idle().then(() => {
          props.onQuit?.();
          exit();
        });
        return;
      case 'next':
        return dispatch({ type: 'next', now: clock() });
      case 'nextReview':
        dispatch({ type: 'nextReview', now: clock() });
        return previewOpened();
      case 'mark': {
        const { topic, topics, status } = effect;
        const id = ++markIds.current;
        const at = clock();
        // Shown at once; the store's answer replaces it (or the failure undoes it).
        dispatch({ type: 'markStart', mark: { id, topics, status, at } });
        persister.mark(topics, status, at).then(
          ({ doc, changed }) => dispatch({ type: 'marked', id, doc, topic, status, changed }),
          (error: unknown) => dispatch({ type: 'markFailed', id, text: errorText(error) }),
        );
        return;
      }
      case 'undo':
        // Behind the marks asked for before it: `Space z` undoes that Space.
        persister.undo(clock()).then(
          ({ plan, changed, doc }) => dispatch({ type: 'undone', plan, changed, doc }),
          (error: unknown) => dispatch({ type: 'message', text: errorText(error), tone: 'error' }),
        );
        return;
      case 'preview': {
        const { topic } = effect;
        const card = ref.current!.doc.roadmaps[roadmap.id]?.topics[topic.id]?.card;
        const at = clock();
        loadScheduler().then(
          (scheduler) => dispatch({ type: 'reviewPreview', topic, preview: scheduler.preview(card, at) }),
          (error: unknown) => dispatch({ type: 'message', text: messageOf(error), tone: 'error' }),
        );
        return;
      }
      case 'rate': {
        const { topic, rating, queue } = effect;
        persister.review(topic, rating, clock()).then(
          ({ doc, entry }) => {
            dispatch({ type: 'reviewed', doc, topic, rating, entry, queue, now: clock() });
            previewOpened(); // the next due one, when the queue moved on
          },
          (error: unknown) => dispatch({ type: 'message', text: errorText(error), tone: 'error' }),
        );
        return;
      }
      case 'note': {
        const { topic } = effect;
        let written = false;
        editing.current = true;
        const compose = async () => {
          try {
            const text = await writeNote(runEditor, topic, notesOf(ref.current!.doc.roadmaps[roadmap.id]?.topics[topic.id]));
            written = true;
            return text;
          } finally {
            editing.current = false;
            write('');
          }
        };
        persister.note(topic, compose, clock).then(
          (result) => dispatch({ type: 'noted', topic, doc: result?.doc ?? null, count: result?.notes.length ?? 0 }),
          // The editor failed (nothing to save), or the note could not be saved.
          (error: unknown) => dispatch({ type: 'message', text: written ? errorText(error) : sentence(messageOf(error)), tone: 'error' }),
        );
        return;
      }
      case 'practice': {
        const { topic } = effect;
        if (!props.practise) return dispatch({ type: 'message', text: `Practise it from the shell: mlroad practice ${topic.number}`, tone: 'info' });
        try {
          const { shown, created } = props.practise(topic);
          const where = created ? `Wrote ${shown}` : `Your file (kept): ${shown}`;
          return dispatch({ type: 'message', text: `${where} · check it on every save: mlroad check ${topic.number} --watch`, tone: 'success' });
        } catch (error) {
          return dispatch({ type: 'message', text: errorText(error), tone: 'error' });
        }
      }
      case 'open': {
        const resource = effect.topic.resources[effect.index];
        if (!resource) return dispatch({ type: 'message', text: `${labelOf(effect.topic)} has no resources to open`, tone: 'info' });
        const href = webUrl(resource.url);
        if (!href) return dispatch({ type: 'message', text: `Not opened: ${clean(resource.url)} is not an http(s) link`, tone: 'error' });
        const shown = clean(href);
        dispatch({ type: 'message', text: `Opening ${shown} …`, tone: 'info' });
        void opener(href).then((outcome) =>
          dispatch(
            outcome.opened
              ? { type: 'message', text: `Opened ${shown} (with ${clean(outcome.with)})`, tone: 'success' }
              : { type: 'message', text: `${shown}  (no browser: ${clean(outcome.reason)})`, tone: 'info' },
          ),
        );
        return;
      }
    }
  }

  useInput((input, key) => {
    if (quitting.current || editing.current) return;
    dispatch({ type: 'tick', now: clock() });
    dispatch({ type: 'clearMessage' });
    for (const [ch, k] of splitKeys(input, key as KeyInfo)) {
      if (quitting.current) break;
      for (const step of interpret(ref.current!, ch, k)) {
        if (isEffect(step)) perform(step);
        else dispatch(step);
      }
    }
  });

  // The λ✓ badges: leaves whose exercise is solved, recounted when the state changes.
  const solved = useMemo(() => {
    const topics = state.doc.roadmaps[roadmap.id]?.topics ?? {};
    const ids = new Set<string>();
    for (const k of roadmap.withExercise) if (isSolved(topics[roadmap.leafAt(k).id])) ids.add(roadmap.leafAt(k).id);
    return ids;
  }, [state.doc, roadmap]);
  const layout = layoutOf(state.size);
  // A long message may borrow up to two lines from the body, never its last one.
  const status = layout.status ? statusLines(state, layout.width, theme, 1 + Math.min(2, layout.body - 1)) : [];
  const body = layout.body - Math.max(0, status.length - 1);
  let main;
  if (state.search) {
    main = <SearchList search={state.search} progress={state.progress} due={state.due} width={layout.width} height={body} theme={theme} />;
  } else if (state.overlay?.kind === 'help') {
    main = <Help width={layout.width} height={body} scroll={state.overlay.scroll} theme={theme} />;
  } else if (state.overlay?.kind === 'review') {
    main = <Review overlay={state.overlay} roadmap={roadmap} doc={state.doc} due={state.due} width={layout.width} height={body} theme={theme} />;
  } else if (state.overlay?.kind === 'detail') {
    main = (
      <Detail
        topic={state.overlay.topic}
        roadmap={roadmap}
        progress={state.progress}
        doc={state.doc}
        due={state.due}
        width={layout.width}
        height={body}
        scroll={state.overlay.scroll}
        theme={theme}
        answers={state.answers}
        links={Boolean(props.links)}
        timeZone={props.timeZone}
      />
    );
  } else {
    // Room for at least four lines of the selected topic under the whole tree: show them there.
    const preview = !layout.wide && state.rows.length > 0 && body - state.rows.length >= 5;
    const treeHeight = preview ? state.rows.length : body;
    const tree = (
      <Tree
        rows={state.rows}
        cursor={state.cursor}
        scroll={state.scroll}
        expanded={state.expanded}
        filter={state.filter}
        progress={state.progress}
        due={state.due}
        solved={solved}
        width={layout.treeWidth}
        height={treeHeight}
        theme={theme}
      />
    );
    const detailOf = (height: number, width: number, brief = false) => (
      <Detail
        topic={selected(state)}
        roadmap={roadmap}
        progress={state.progress}
        doc={state.doc}
        due={state.due}
        width={width}
        height={height}
        scroll={0}
        theme={theme}
        answers={state.answers}
        links={Boolean(props.links)}
        timeZone={props.timeZone}
        brief={brief}
      />
    );
    main = preview ? (
      // A short tree (80x24, sections closed): the rows below it show the selected topic.
      <Box flexDirection="column" height={body}>
        {tree}
        <Lines lines={[theme.dim('─'.repeat(layout.width))]} width={layout.width} height={1} ascii={theme.g.ascii} />
        {detailOf(body - treeHeight - 1, layout.width, true)}
      </Box>
    ) : layout.wide ? (
      <Box flexDirection="row" height={body}>
        {tree}
        <Box flexDirection="column" width={1} height={body}>
          <Text>{theme.dim(Array(body).fill(theme.g.divider).join('\n'))}</Text>
        </Box>
        {detailOf(body, layout.detailWidth)}
      </Box>
    ) : (
      tree
    );
  }
  return (
    <Box flexDirection="column" width={layout.width}>
      {layout.header && (
        <Header roadmap={roadmap} progress={state.progress} filter={state.filter} due={state.due.ids.size} width={layout.width} theme={theme} />
      )}
      {main}
      <Footer state={state} width={layout.width} theme={theme} status={status} keys={layout.keys} />
    </Box>
  );
}
