/**
 * G6's "memory stays < 200 MB": the proportional set size (PSS: private pages plus a fair share of shared ones)
 * of the browser's extension process, where the service worker and the extension pages run, read from /proc
 * (Linux) while a case runs. Only the process of the browser using `userDataDir` counts.
 */
import { readdirSync, readFileSync } from 'node:fs';

const MB = 1024 * 1024;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

// Chromium rewrites its child processes' titles into one space-separated string.
const cmdline = (pid: string) => (read(`/proc/${pid}/cmdline`) ?? '').split(/[\0 ]/);
const parentOf = (pid: string) => read(`/proc/${pid}/status`)?.match(/^PPid:\s+(\d+)/m)?.[1] ?? null;

/** The browser's extension renderer: `--extension-process`, with the browser of `userDataDir` above it. */
function extensionPid(userDataDir: string): string | null {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (!cmdline(pid).includes('--extension-process')) continue;
    for (let up = parentOf(pid), hops = 0; up && up !== '0' && hops < 4; up = parentOf(up), hops++) {
      if (cmdline(up).some((arg) => arg === `--user-data-dir=${userDataDir}`)) return pid;
    }
  }
  return null;
}

/** The extension process's PSS in MB now; null when it cannot be read (not Linux, process gone). */
export function extensionMemoryMb(userDataDir: string): number | null {
  const pid = extensionPid(userDataDir);
  const kb = pid ? read(`/proc/${pid}/smaps_rollup`)?.match(/^Pss:\s+(\d+) kB/m)?.[1] : undefined;
  return kb === undefined ? null : (Number(kb) * 1024) / MB;
}

/**
 * Samples the extension process every `intervalMs` until `stop()`, which returns the first sample and the peak
 * (null: never read).
 */
export function sampleExtensionMemory(
  userDataDir: string,
  intervalMs = 50,
): { stop(): { startMb: number | null; peakMb: number | null } } {
  const startMb = extensionMemoryMb(userDataDir);
  let peakMb = startMb;
  const sample = () => {
    const mb = extensionMemoryMb(userDataDir);
    if (mb !== null) peakMb = Math.max(peakMb ?? 0, mb);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { startMb, peakMb };
    },
  };
}
