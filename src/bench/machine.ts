/**
 * The machine a run was measured on. Timings only compare on like hardware, and a busy
 * machine (other builds, tests) slows wall-clock time, so the load average is recorded
 * next to the CPU time each step used.
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  nproc: number;
  memoryBytes: number;
  cpu: string;
  platform: string;
  node: string;
  /** 1-minute load average when the run started; above nproc means the CPUs were shared. */
  loadAverageAtStart: number;
}

export function describeMachine(): Machine {
  return {
    nproc: availableParallelism(),
    memoryBytes: totalmem(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    loadAverageAtStart: Number(loadavg()[0]!.toFixed(2)),
  };
}
