/**
 * Why a build stopped, and what state it left the output folder in, in zh and en.
 *
 * Every build failure names where it happened (the `--out` argument as given) and ends
 * with exactly one outcome line, so an editor or a CI log never has to guess whether the
 * published site changed.
 */
import { MESSAGES, type MessageCode, type MessageParams } from '../messages.ts';

/** The state of the output folder after a failed (or, for 'published', interrupted) build. */
export interface Outcome {
  code: 'outcome-unchanged' | 'outcome-restored' | 'outcome-missing' | 'outcome-published';
  params: MessageParams;
}

export class BuildError extends Error {
  /** The `--out` argument as the user wrote it, e.g. "--out data". */
  readonly where: string;
  readonly code: MessageCode;
  readonly params: MessageParams;
  /** Set once the build knows what it did to the output folder; "unchanged" until then. */
  outcome: Outcome | undefined;
  constructor(where: string, code: MessageCode, params: MessageParams, outcome?: Outcome) {
    super(MESSAGES[code](params).en);
    this.name = 'BuildError';
    this.where = where;
    this.code = code;
    this.params = params;
    this.outcome = outcome;
  }
}

/** "where / zh / en", then the outcome in zh and en: the text the CLI prints. */
export function formatBuildError(error: BuildError, outPath: string): string {
  const text = MESSAGES[error.code](error.params);
  const outcome = error.outcome ?? { code: 'outcome-unchanged', params: { path: outPath } };
  const result = MESSAGES[outcome.code](outcome.params);
  return [error.where, `  ${text.zh}`, `  ${text.en}`, '', result.zh, result.en].join('\n');
}

const ACTIONS = {
  create: { zh: '创建', en: 'create' },
  rename: { zh: '移动', en: 'move' },
  replace: { zh: '替换', en: 'replace' },
  remove: { zh: '删除', en: 'remove' },
  write: { zh: '写入', en: 'write' },
} as const;

/**
 * Turns a Node file-system error (EACCES, EPERM, EROFS, EXDEV, EBUSY…) into a located
 * bilingual BuildError naming the path and, for permissions, the fix.
 */
export function fsError(where: string, action: keyof typeof ACTIONS, path: string, error: unknown): BuildError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'ERROR';
  const { zh: actionZh, en: actionEn } = ACTIONS[action];
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new BuildError(where, 'build-permission', { path, code, actionZh, actionEn });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new BuildError(where, 'build-fs-error', { path, code, actionZh, actionEn, detail });
}
