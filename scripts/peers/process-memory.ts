// Peak memory of a page's renderer process on Linux, for `npm run bench:peers`.
//
// Chromium runs a page, and the dedicated workers it starts, in one renderer process; a fresh
// browser context gets a renderer of its own. The bench finds the renderers among its own
// descendants (`--type=renderer` in /proc/PID/cmdline), resets their peak resident set
// (`echo 5 > /proc/PID/clear_refs`: VmHWM := VmRSS) before the task, and reads VmHWM from
// /proc/PID/status after it. The page's renderer is the one running dedicated-worker threads
// (thread name `DedicatedWorker…` in /proc/PID/task/*/comm) once the engine has started:
// only one page is open at a time.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Processes descending from `root` (this Node process by default) whose command line says `--type=renderer`. */
export function rendererPids(root = process.pid): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    stack.push(...(children.get(pid) ?? []));
    // Chromium rewrites its command line (one string, spaces between the flags).
    if ((read(`/proc/${pid}/cmdline`) ?? '').split(/[\0 ]/).includes('--type=renderer')) out.push(pid);
  }
  return out.sort((a, b) => a - b);
}

/** Resets the peak resident set of `pid` to its current resident set; false if not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** VmHWM (peak resident set) and VmRSS of `pid`, in bytes; null when the process is gone. */
export function residentMemory(pid: number): { peak: number; current: number } | null {
  const status = read(`/proc/${pid}/status`);
  if (!status) return null;
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { peak: kb('VmHWM'), current: kb('VmRSS') };
}

/** Threads of `pid` named like Chromium's dedicated-worker threads. */
export function dedicatedWorkerThreads(pid: number): number {
  let n = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) if ((read(`/proc/${pid}/task/${tid}/comm`) ?? '').startsWith('DedicatedWorker')) n++;
  } catch {
    /* gone */
  }
  return n;
}
