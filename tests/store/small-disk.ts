// A real full disk for tests: a 64 KB tmpfs, mounted where the test may
// (as root: here and in CI), filled up to the free space a test asks for.
import { spawnSync } from 'node:child_process';
import { statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';

export interface SmallDisk {
  dir: string;
  /** Fills the disk so that about `bytes` stay free (whole pages: tmpfs counts 4 KB pages). */
  leave(bytes: number): void;
  /** Frees what leave() took. */
  free(): void;
  unmount(): void;
}

/** A mounted 64 KB tmpfs, or null where mounting is not allowed (not root, or no CAP_SYS_ADMIN). */
export function smallDisk(): SmallDisk | null {
  if (process.getuid?.() !== 0) return null;
  const dir = tempDir('mlroad-tmpfs-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const filler = join(dir, '.filler');
  return {
    dir,
    leave(bytes) {
      this.free();
      const s = statfsSync(dir);
      const available = s.bavail * s.bsize;
      writeFileSync(filler, Buffer.alloc(Math.max(0, available - bytes)));
    },
    free() {
      try {
        unlinkSync(filler);
      } catch {
        // not filled
      }
    },
    unmount() {
      spawnSync('umount', ['-l', dir]);
    },
  };
}
