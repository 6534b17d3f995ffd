// Helpers for the browser's in-process tests: fixture roadmaps in temp files,
// a state store in a temp dir per test, and an ink-testing-library render with
// key presses paced the way Ink needs (useInput attaches in an effect; keys
// closer than ~5 ms apart were measured to get lost).
import { Chalk } from 'chalk';
import { render } from 'ink-testing-library';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { vi } from 'vitest';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import type { Roadmap } from '../../src/core/roadmap/types.js';
import { StateStore } from '../../src/store/state-store.js';
import { testHost } from '../helpers.js';
import { App, type AppProps } from '../../src/tui/app.js';
import type { Size } from '../../src/tui/layout.js';
import type { OpenOutcome } from '../../src/tui/open-url.js';

export const SHIPPED = fileURLToPath(new URL('../../roadmap.yaml', import.meta.url));
export const NOW = new Date('2026-03-01T09:00:00Z');

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  home: '\u001B[H',
  end: '\u001B[F',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  ctrlC: '\u0003',
  space: ' ',
} as const;

export const tempDir = (prefix = 'mlroad-tui-') => mkdtempSync(join(tmpdir(), prefix));

/** Writes YAML to a temp file and loads it through the real loader. */
export function roadmapFrom(yaml: string): Roadmap {
  const file = join(tempDir('mlroad-tui-roadmap-'), 'roadmap.yaml');
  writeFileSync(file, yaml);
  return loadRoadmap(file).roadmap;
}

let shipped: Roadmap | undefined;
export const shippedRoadmap = () => (shipped ??= loadRoadmap(SHIPPED).roadmap);

/**
 *  1 Basics            1.1 Alpha Topic (resources, questions, 2h)
 *                      1.2 Beta Topic (requires alpha)   1.3 Gamma Topic
 *  2 Advanced          2.1 Delta Topic (requires basics): 2.1.1 Delta One, 2.1.2 Delta Two
 *                      2.2 Epsilon Topic
 *  3 Extras            3.1 a title with an OSC escape sequence in it
 */
export const FIXTURE_YAML = `id: fixture
title: Fixture Roadmap
topics:
  - title: Basics
    id: basics
    children:
      - title: Alpha Topic
        id: alpha
        estimate: 2h
        description: The first thing to learn, before anything else.
        questions:
          - question: What is alpha for?
            answer: Alpha comes first, so everything after it can build on it.
        resources:
          - title: Alpha docs
            url: https://example.com/alpha
            kind: docs
          - title: Alpha video
            url: https://example.com/alpha-video
            kind: video
      - title: Beta Topic
        id: beta
        requires: [alpha]
        estimate: 90m
      - title: Gamma Topic
        id: gamma
  - title: Advanced
    id: advanced
    children:
      - title: Delta Topic
        id: delta
        requires: [basics]
        children:
          - title: Delta One
            id: delta-one
          - title: Delta Two
            id: delta-two
      - title: Epsilon Topic
        id: epsilon
  - title: Extras
    id: extras
    children:
      - title: "Evil \\x1b]0;pwned\\x07 Title \\x1b[31mred"
        id: evil
`;

export const fixtureRoadmap = () => roadmapFrom(FIXTURE_YAML);

/** A roadmap of `n` topics: one section holding n-1 leaves (all rows visible once it is open). */
export function bigRoadmapYaml(n: number): string {
  const lines = ['id: big', 'title: Big Roadmap', 'topics:', '  - title: Everything', '    id: everything', '    children:'];
  for (let i = 1; i < n; i++) lines.push(`      - title: Topic number ${i}`, `        id: t${i}`);
  return `${lines.join('\n')}\n`;
}

export const plain = (text: string | undefined) => stripVTControlCharacters(text ?? '');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Harness {
  store: StateStore;
  roadmap: Roadmap;
  /** The last frame, colours stripped. */
  frame(): string;
  /** The last frame as written (with any escape codes). */
  raw(): string;
  frames: string[];
  /** Presses keys one after another, 15 ms apart. */
  press(...keys: string[]): Promise<void>;
  /** Waits until the (stripped) frame satisfies `check` (a vitest expectation or a boolean). */
  until(check: (frame: string) => unknown): Promise<string>;
  /** The line of the frame with the cursor pointer. */
  cursorLine(): string;
  opened: string[];
  quit: ReturnType<typeof vi.fn>;
  rerender(props: Partial<AppProps>): void;
  unmount(): void;
  stdin: { write(data: string): void };
}

export interface HarnessOptions extends Partial<AppProps> {
  roadmap?: Roadmap;
  store?: StateStore;
  size?: Size;
  colour?: boolean;
  openOutcome?: OpenOutcome;
}

export async function start(options: HarnessOptions = {}): Promise<Harness> {
  const roadmap = options.roadmap ?? fixtureRoadmap();
  const store = options.store ?? new StateStore(tempDir(), testHost());
  const opened: string[] = [];
  const quit = vi.fn();
  const props: AppProps = {
    roadmap,
    store,
    clock: () => NOW,
    size: options.size ?? { columns: 80, rows: 24 },
    chalk: new Chalk({ level: options.colour ? 1 : 0 }),
    openUrl: async (url) => {
      opened.push(url);
      return options.openOutcome ?? { opened: true, with: 'test-opener' };
    },
    onQuit: quit,
    ...options,
  };
  let current = props;
  const app = render(<App {...current} />);
  // useInput subscribes in an effect: give it a tick before the first key.
  await sleep(20);
  const frame = () => plain(app.lastFrame());
  const h: Harness = {
    store,
    roadmap,
    frame,
    raw: () => app.lastFrame() ?? '',
    frames: app.frames,
    async press(...keys) {
      for (const k of keys) {
        app.stdin.write(k);
        await sleep(15);
      }
    },
    async until(check) {
      let last = '';
      await vi.waitFor(
        () => {
          last = frame();
          const result = check(last);
          if (result === false) throw new Error(`frame did not match:\n${last}`);
        },
        { timeout: 3000, interval: 10 },
      );
      return last;
    },
    cursorLine: () =>
      frame()
        .split('\n')
        .find((l) => l.includes('❯')) ?? '',
    opened,
    quit,
    rerender(next) {
      current = { ...current, ...next };
      app.rerender(<App {...current} />);
    },
    unmount: () => app.unmount(),
    stdin: app.stdin,
  };
  return h;
}

/** Status of a topic id as persisted in the state file. */
export const persisted = (store: StateStore, roadmapId: string, id: string) => store.read().roadmaps[roadmapId]?.topics[id]?.status;
