/** Messages (build): the output folder, the swap into it, interruptions (src/lib/build/) */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const BUILD_MESSAGES = {
  'out-forbidden': (p: MessageParams): Text => ({
    zh: `不能输出到 ${q(p.path)}：它是${p.whatZh}。构建会整体替换输出目录，这会毁掉其中的文件。请改用新的目录，例如 --out dist。`,
    en: `Cannot build into ${qe(p.path)}: it is ${p.whatEn}. The build replaces the whole output folder, which would destroy what it holds. Use a new folder instead, e.g. --out dist.`,
  }),
  'out-not-owned': (p: MessageParams): Text => ({
    zh: `${q(p.path)} 已有不是 Annals 写入的文件（没有标记文件 ${p.marker}）。构建会整体替换输出目录，所以拒绝使用它。请改用新的或空的目录；若它确是旧版 Annals 生成的网站（没有别的文件），请先删除它再构建。`,
    en: `${qe(p.path)} already holds files Annals did not write (it has no ${p.marker} marker). The build replaces the whole output folder, so it refuses to use this one. Use a new or empty folder; if it is a site built by an older Annals (and holds nothing else), delete it, then build again.`,
  }),
  'out-not-a-folder': (p: MessageParams): Text => ({
    zh: `${q(p.path)} 已存在，但${p.kind === 'symlink' ? '是符号链接' : '不是目录'}。请改用新的目录，例如 --out dist。`,
    en: `${qe(p.path)} exists but is ${p.kind === 'symlink' ? 'a symbolic link' : 'not a folder'}. Use a new folder instead, e.g. --out dist.`,
  }),
  'build-locked': (p: MessageParams): Text => ({
    zh: `另一个构建（进程 ${p.pid}）正在写入 ${q(p.path)}。请等它结束后再试；若该进程已不存在，请删除锁文件 ${p.lock}。`,
    en: `Another build (process ${p.pid}) is writing ${qe(p.path)}. Wait for it to finish and try again; if no such process is running, delete the lock file ${p.lock}.`,
  }),
  'build-permission': (p: MessageParams): Text => ({
    zh: `无权${p.actionZh} ${q(p.path)}（${p.code}）。请让运行构建的用户能写入该目录及其上级目录（例如 chmod -R u+w 或 chown），或改用其他 --out 目录。`,
    en: `No permission to ${p.actionEn} ${qe(p.path)} (${p.code}). Give the user running the build write access to it and to its parent folder (e.g. chmod -R u+w, or chown), or use another --out folder.`,
  }),
  'build-fs-error': (p: MessageParams): Text => ({
    zh: `无法${p.actionZh} ${q(p.path)}（${p.detail}）。若输出目录是挂载点或在另一个磁盘上，请改为输出到它里面的子目录。`,
    en: `Could not ${p.actionEn} ${qe(p.path)} (${p.detail}). If the output folder is a mount point or on another disk, build into a folder inside it.`,
  }),
  'build-interrupted': (p: MessageParams): Text => ({
    zh: `构建被中断（${p.signal}），已删除未完成的临时目录。`,
    en: `The build was interrupted (${p.signal}); its unfinished staging folder was removed.`,
  }),
  'build-step-failed': (p: MessageParams): Text => ({
    zh: `构建在${p.stepZh}时失败：${p.detail}`,
    en: `The build failed while ${p.stepEn}: ${p.detail}`,
  }),
  'outcome-unchanged': (p: MessageParams): Text => ({
    zh: `✗ 构建失败；${p.path} 未被改动。`,
    en: `✗ Build failed; ${p.path} was not changed.`,
  }),
  'outcome-restored': (p: MessageParams): Text => ({
    zh: `✗ 构建失败；${p.path} 曾被移开，现已原样恢复为上一次的网站。`,
    en: `✗ Build failed; ${p.path} was moved aside and has been put back: it holds the previous site, unchanged.`,
  }),
  'outcome-missing': (p: MessageParams): Text => ({
    zh: `✗ 构建失败，且无法恢复：${p.path} 现在不存在。上一次的网站完好地保存在 ${p.previous}，请手动改回：mv ${p.previous} ${p.path}`,
    en: `✗ Build failed and could not be rolled back: ${p.path} does not exist now. The previous site is intact at ${p.previous}; put it back by hand: mv ${p.previous} ${p.path}`,
  }),
  'outcome-leftover': (p: MessageParams): Text => ({
    zh: `新网站已发布到 ${p.path}，但上一次的网站 ${p.previous} 未能删除完（${p.code}）。它不会被发布；请手动删除：chmod -R u+w ${p.previous} && rm -rf ${p.previous}（下次构建也会再试）。`,
    en: `The new site is published in ${p.path}, but the previous one at ${p.previous} could not be fully removed (${p.code}). It is not part of the site; remove it by hand: chmod -R u+w ${p.previous} && rm -rf ${p.previous} (the next build tries again too).`,
  }),
  'outcome-published': (p: MessageParams): Text => ({
    zh: `新网站此前已发布到 ${p.path}；上一次的网站可能还留在 ${p.previous}，下次构建会删除它。`,
    en: `The new site had already been published in ${p.path}; the previous one may remain at ${p.previous}, and the next build removes it.`,
  }),
} satisfies Catalogue;
