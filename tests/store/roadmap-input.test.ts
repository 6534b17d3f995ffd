// Reading a roadmap file is bounded: what is not a regular file is refused
// before anything is read (a FIFO would block for ever, /dev/zero never
// ends), and so is a file over the size limit, by its size; a file whose
// size is not known in advance is read only up to the limit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RoadmapError, UsageError } from '../../src/core/errors.js';
import { LIMITS } from '../../src/core/roadmap/parse.js';
import { loadRoadmap, readRoadmapSource } from '../../src/store/roadmap-file.js';
import { mlroad, SMALL_ROADMAP, tempDir } from '../helpers.js';

describe('what is not a regular file is refused with exit 2, without reading it', () => {
  const fifo = () => {
    const path = join(tempDir(), 'roadmap.fifo');
    execFileSync('mkfifo', [path]);
    return path;
  };
  it.each([
    ['a FIFO (nothing ever writes to it)', fifo, /roadmap path is a named pipe \(FIFO\), not a file: .*roadmap\.fifo/],
    ['/dev/zero (never ends)', () => '/dev/zero', /roadmap path is a device, not a file: \/dev\/zero/],
    ['/dev/null', () => '/dev/null', /roadmap path is a device, not a file: \/dev\/null/],
    ['a directory', () => tempDir(), /roadmap path is a directory, not a file: /],
  ])('%s', async (_name, path, message) => {
    const file = path();
    for (const args of [
      ['--roadmap', file, 'next'],
      ['validate', file],
      ['--roadmap', file, 'progress', '--json'],
    ]) {
      const r = await mlroad(args, { configDir: tempDir() });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('size', () => {
  it('a 2.2 GB file is refused by its size, at once (nothing is read)', async () => {
    const file = join(tempDir(), 'huge.yaml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 2200 * 1024 * 1024); // sparse: no disk used
    closeSync(fd);
    const r = await mlroad(['validate', file], { configDir: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('huge.yaml:1:1: the file is 2200 MB; roadmap files are limited to 160 MB');
    const n = await mlroad(['--roadmap', file, 'next'], { configDir: tempDir() });
    expect(n.code).toBe(2);
    expect(n.stderr).toContain('the file is 2200 MB');
    expect(n.stderr).not.toMatch(/Cannot create a string|internal error/);
  });

  it('a file that says 0 bytes (as /proc does) is read, but never past the limit', () => {
    expect(readRoadmapSource('/proc/self/status')).toMatch(/^Name:/);
    let error: unknown;
    try {
      readRoadmapSource('/proc/self/status', 64);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as RoadmapError).problems[0]!.message).toMatch(/^the file is over 0 MB; roadmap files are limited to 0 MB$/);
  });

  it('a file just under the limit is read; one byte over is refused', () => {
    const dir = tempDir();
    const small = join(dir, 'small.yaml');
    writeFileSync(small, 'x'.repeat(1000));
    expect(readRoadmapSource(small, 1000)).toHaveLength(1000);
    expect(() => readRoadmapSource(small, 999)).toThrow(RoadmapError);
    expect(LIMITS.fileBytes).toBe(160 * 1024 * 1024);
  });

  it('missing files and unreadable paths are clear errors', () => {
    expect(() => readRoadmapSource(join(tempDir(), 'none.yaml'))).toThrow(UsageError);
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    expect(() => readRoadmapSource(join(dir, 'sub'))).toThrow(/is a directory/);
  });
});

describe('encoding', () => {
  it('a byte-order mark is not part of the file (as in the state file and imports)', () => {
    const file = join(tempDir(), 'bom.yaml');
    writeFileSync(file, `\uFEFF${SMALL_ROADMAP}`);
    const { roadmap } = loadRoadmap(file);
    expect(roadmap.id).toBe('small');
  });
});
