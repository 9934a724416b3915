/**
 * Peak memory of a child process together with the processes it spawns (Pagefind's
 * indexer is a separate native binary, so the child's own maxRSS misses it). Linux only:
 * polls /proc for the child and its descendants and keeps
 * - the largest sum of their current RSS seen at one poll: what the machine really had
 *   to hold at once (a peak shorter than the poll interval can slip through), and
 * - each descendant's VmHWM (its own high-water mark, exact as long as the process was
 *   alive at some poll), and
 * - each descendant's CPU time (user + system, from /proc/<pid>/stat, as of its last poll:
 *   up to one interval short), since the child's own CPU time misses Pagefind's.
 */
import { existsSync, readFileSync } from 'node:fs';

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return []; // the process ended between two reads
  }
}

/** VmRSS and VmHWM of a process, in bytes (0 once it has ended). */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** Clock ticks per second of /proc/<pid>/stat times: USER_HZ, 100 on every Linux Node supports. */
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in milliseconds (0 once it has ended). */
function cpuOf(pid: number): number {
  try {
    // The command name (field 2) is in parentheses and may hold spaces; count fields after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export interface TreeMemory {
  /** Sum of the descendants' own peaks (the child itself excluded). */
  helpersBytes: number;
  helpers: number;
  /** Largest RSS of the child and its descendants together at one poll. */
  simultaneousBytes: number;
  /** Sum of the descendants' CPU times (the child itself excluded), in milliseconds. */
  helpersCpuMs: number;
}

export function watchTree(rootPid: number, intervalMs = 100): { stop(): TreeMemory } {
  const helperPeaks = new Map<number, number>();
  const helperCpu = new Map<number, number>();
  let simultaneousBytes = 0;
  const supported = existsSync(`/proc/${rootPid}/task/${rootPid}/children`);
  const poll = (): void => {
    let total = memoryOf(rootPid).rss;
    const pending = childrenOf(rootPid);
    while (pending.length > 0) {
      const pid = pending.pop()!;
      const memory = memoryOf(pid);
      total += memory.rss;
      helperPeaks.set(pid, Math.max(helperPeaks.get(pid) ?? 0, memory.hwm));
      helperCpu.set(pid, Math.max(helperCpu.get(pid) ?? 0, cpuOf(pid)));
      pending.push(...childrenOf(pid));
    }
    simultaneousBytes = Math.max(simultaneousBytes, total);
  };
  const timer = supported ? setInterval(poll, intervalMs) : undefined;
  return {
    stop() {
      if (timer) clearInterval(timer);
      const helpersBytes = [...helperPeaks.values()].reduce((sum, bytes) => sum + bytes, 0);
      const helpersCpuMs = [...helperCpu.values()].reduce((sum, ms) => sum + ms, 0);
      return { helpersBytes, helpers: helperPeaks.size, simultaneousBytes, helpersCpuMs };
    },
  };
}
