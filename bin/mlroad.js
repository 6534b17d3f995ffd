#!/usr/bin/env node
// The real process, handed to mlroad's main(): its streams, environment,
// working directory, clock and signals. Nothing under src/ reads them itself.
//
// `mlroad next` runs in shell prompts, so this file is about start-up too
// (docs/performance.md has the figure behind each choice): it is CommonJS
// (bin/package.json), it compiles the CLI (dist/mlroad.cjs, one CommonJS file)
// with a V8 code cache kept in the cache dir, and it never creates
// process.stdout or process.stderr for a pipe or a file (that loads node:net
// and the streams): one-line output goes out with fs.writeSync.
'use strict';
const fs = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { Script } = require('node:vm');
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');

const bundle = join(__dirname, '..', 'dist', 'mlroad.cjs');
// esbuild writes ASCII (non-ASCII characters escaped): latin1 reads it fastest.
const source = fs.readFileSync(bundle, 'latin1');

// --- the code cache: V8's compiled form of the bundle, made by earlier runs.
// Named after the bundle's build id (V8 itself only checks the source's
// length) and V8's version; only a private file of this user is trusted. A
// cache holds what the run that made it compiled, and what it was given: the
// first GENERATIONS runs of a build each write it again, so that it covers
// what they did between them (a first run parses the roadmap; the everyday
// run reads it from the parse cache), then it is left alone.
const GENERATIONS = 4;
const buildId = /^\/\/ mlroad ([0-9a-f]+)\n/.exec(source)?.[1] ?? 'dev';
const cacheDir = resolve(process.env.XDG_CACHE_HOME || join(process.env.HOME || require('node:os').homedir(), '.cache'), 'mlroad');
const cacheBase = join(cacheDir, `code-${buildId}-${process.versions.v8}-${process.arch}`);
const cacheFile = (generation) => `${cacheBase}-g${generation}.bin`;
let generation = GENERATIONS;
let cached;
for (; generation > 0 && !cached; generation--) cached = readPrivate(cacheFile(generation));
if (cached) generation++;
const script = new Script(`(function (exports, require, module, __filename, __dirname, __mlroadImport) {${source}\n})`, {
  filename: bundle,
  ...(cached ? { cachedData: cached } : {}),
});
const cli = { exports: {} };
// import() for the bundle (node:vm gives compiled code none): relative to dist/ (the browser's bundle), or a package.
const importFor = (specifier) => import(specifier.startsWith('.') ? pathToFileURL(join(dirname(bundle), specifier)).href : specifier);
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, dirname(bundle), importFor);

/** The file's bytes if it is a regular file of this user that no one else can write; else undefined. */
function readPrivate(file) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
    const s = fs.fstatSync(fd);
    if (!s.isFile() || (process.getuid && (s.uid !== process.getuid() || (s.mode & 0o022) !== 0))) return undefined;
    const buffer = Buffer.allocUnsafe(s.size);
    let read = 0;
    for (let n = -1; n !== 0 && read < s.size; read += n) n = fs.readSync(fd, buffer, read, s.size - read, read);
    return read === s.size ? buffer : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** mkdir -p, one component at a time: Node's recursive mkdir spins for ever where the kernel answers ENOENT (under /proc). */
function makeDir(dir) {
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if (error.code === 'EEXIST') return;
    if (error.code !== 'ENOENT' || dirname(dir) === dir) throw error;
    makeDir(dirname(dir));
    fs.mkdirSync(dir, { mode: 0o700 });
  }
}

/** This run's compiled code as the next generation, written atomically; the previous one and older builds' caches go. */
function saveCodeCache(next) {
  const temp = `${cacheFile(next)}.${process.pid}`;
  try {
    const data = script.createCachedData();
    makeDir(cacheDir);
    fs.writeFileSync(temp, data, { mode: 0o600 });
    fs.renameSync(temp, cacheFile(next));
    if (generation > 0 && generation !== next) fs.rmSync(cacheFile(generation), { force: true });
    // Other builds' caches: the newest few stay (two installs, global and a project's, must not
    // take turns deleting each other's), older ones go, and so do temp files of dead writers.
    const others = [];
    for (const name of fs.readdirSync(cacheDir)) {
      const other = join(cacheDir, name);
      if (/^code-.*\.bin\.\d+$/.test(name)) {
        if (Date.now() - fs.statSync(other).mtimeMs > 60_000) fs.unlinkSync(other);
      } else if (name.startsWith('code-') && !name.startsWith(`code-${buildId}-`)) others.push({ other, at: fs.statSync(other).mtimeMs });
    }
    for (const { other } of others.sort((a, b) => b.at - a.at).slice(3)) fs.unlinkSync(other);
  } catch {
    // only a cache: the next run compiles again
    try {
      fs.unlinkSync(temp);
    } catch {
      // nothing was written
    }
  }
}

// --- the streams. On a terminal (or anything else that is not a pipe or a
// file) the real stream; else writes go straight to the descriptor.
function output(fd, stream) {
  let kind;
  try {
    const s = fs.fstatSync(fd);
    kind = s.isFIFO() || s.isFile() || s.isSocket() ? 'direct' : 'stream';
  } catch {
    kind = 'stream';
  }
  if (kind === 'stream') return stream();
  let fallback; // after EAGAIN (a non-blocking pipe that is full): the real stream, which waits
  return {
    isTTY: false,
    write(text) {
      if (fallback) return fallback.write(text);
      const bytes = Buffer.from(String(text));
      for (let at = 0; at < bytes.length;) {
        try {
          at += fs.writeSync(fd, bytes, at);
        } catch (error) {
          // A closed pipe (`mlroad tree | head`) is not an error.
          if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
          if (error.code !== 'EAGAIN') throw error;
          fallback = stream();
          return fallback.write(bytes.subarray(at));
        }
      }
      return true;
    },
  };
}
let stdout, stderr;
const onEpipe = (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
};
const io = {
  get stdout() {
    return (stdout ??= output(1, () => process.stdout.on('error', onEpipe)));
  },
  get stderr() {
    return (stderr ??= output(2, () => process.stderr));
  },
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
  clock: Date.now,
  system: {
    pid: process.pid,
    platform: process.platform,
    get homedir() {
      return require('node:os').homedir();
    },
    uid: process.getuid?.(),
    get hostname() {
      return require('node:os').hostname();
    },
    kill: (pid, signal) => process.kill(pid, signal),
    on(event, listener) {
      process.on(event, listener);
      return () => process.off(event, listener);
    },
  },
};

cli.exports.main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  if (!cached || script.cachedDataRejected) saveCodeCache(1);
  else if (generation < GENERATIONS) saveCodeCache(generation + 1);
});
