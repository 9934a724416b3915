/**
 * Peak memory of the processes a child spawns (Pagefind's indexer is a separate native
 * binary, so the child's own maxRSS misses it). Linux only: polls /proc for the child's
 * descendants and keeps each one's VmHWM (its own high-water mark, so a peak between two
 * polls is still seen, as long as the process is alive at some poll).
 */
import { existsSync, readFileSync } from 'node:fs';

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return []; // the process ended between two reads
  }
}

function highWaterBytes(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface TreePeak {
  /** Sum of the peaks of every descendant seen: an upper bound, as if all peaked at once. */
  stop(): { helpersBytes: number; helpers: number };
}

export function watchDescendants(rootPid: number, intervalMs = 200): TreePeak {
  const peaks = new Map<number, number>();
  const supported = existsSync(`/proc/${rootPid}/task/${rootPid}/children`);
  const poll = (): void => {
    const pending = childrenOf(rootPid);
    while (pending.length > 0) {
      const pid = pending.pop()!;
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, highWaterBytes(pid)));
      pending.push(...childrenOf(pid));
    }
  };
  const timer = supported ? setInterval(poll, intervalMs) : undefined;
  return {
    stop() {
      if (timer) clearInterval(timer);
      return { helpersBytes: [...peaks.values()].reduce((sum, bytes) => sum + bytes, 0), helpers: peaks.size };
    },
  };
}
