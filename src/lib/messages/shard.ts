/** Messages: Sharded builds and merging shards (src/lib/shard/, src/cli/merge.ts) */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const SHARD_MESSAGES = {
  'shard-invalid': (p: MessageParams): Text => ({
    zh: `--shard 的值 ${q(p.found)} 无效：应写成 i/N，即共 N 个分片中的第 i 个（1 ≤ i ≤ N ≤ ${p.max}），例如 --shard 2/4。`,
    en: `Invalid --shard ${qe(p.found)}: write i/N, shard i of N (1 ≤ i ≤ N ≤ ${p.max}), e.g. --shard 2/4.`,
  }),
  'merge-no-shards': (): Text => ({
    zh: `没有给出要合并的分片目录。请写 npm run merge -- --out dist 分片1目录 分片2目录 …`,
    en: `No shard folders to merge. Write npm run merge -- --out dist <shard 1 folder> <shard 2 folder> …`,
  }),
  'merge-not-a-shard': (p: MessageParams): Text => ({
    zh: `${q(p.path)} 不是分片构建的输出（没有可读的 ${p.file}）。请给出 npm run build -- --shard i/N 写出的目录。`,
    en: `${qe(p.path)} is not the output of a sharded build (it has no readable ${p.file}). Give the folders written by npm run build -- --shard i/N.`,
  }),
  'merge-mismatch': (p: MessageParams): Text => ({
    zh: `分片 ${q(p.path)} 的 ${p.field} 是 ${q(p.found)}，而 ${q(p.first)} 的是 ${q(p.expected)}：它们不是同一次构建的分片，合并出来的网站会前后矛盾。请用同一份数据、同一网址和同一 N 重新构建所有分片。`,
    en: `Shard ${qe(p.path)} has ${p.field} ${qe(p.found)}, but ${qe(p.first)} has ${qe(p.expected)}: they are not shards of one build, and merging them would give an inconsistent site. Rebuild every shard from the same data, site URL and N.`,
  }),
  'merge-shards-incomplete': (p: MessageParams): Text => ({
    zh: `分片不完整：共 ${p.count} 个分片，缺少 ${p.missing}${p.repeated ? `，重复给出 ${p.repeated}` : ''}。请每个分片恰好给出一次。`,
    en: `The shards are incomplete: of ${p.count} shards, missing ${p.missing || 'none'}${p.repeated ? `, given more than once ${p.repeated}` : ''}. Give each shard exactly once.`,
  }),
  'merge-conflict': (p: MessageParams): Text => ({
    zh: `分片 ${q(p.first)} 和 ${q(p.path)} 都有文件 ${q(p.file)}，但内容不同。同一个文件只能来自一个分片，或在各分片中完全相同；请用同一版本的 Annals 重新构建所有分片。`,
    en: `Shards ${qe(p.first)} and ${qe(p.path)} both hold ${qe(p.file)}, with different bytes. A file must come from one shard, or be identical in every shard; rebuild every shard with the same version of Annals.`,
  }),
} satisfies Catalogue;
