/** Messages (files): reading editors' files safely (src/lib/load/read-file.ts, limits.ts) */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const FILE_MESSAGES = {
  'symlink': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 是符号链接（快捷方式），Annals 不会读取它指向的内容。请删除这个链接，把真正的文件放在这里（复制文件本身，而不是链接）。`,
    en: `${qe(p.found)} is a symbolic link; Annals does not read what it points to. Delete the link and put the real file here (copy the file itself, not a link).`,
  }),
  'outside-project': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 实际位于项目文件夹之外（路径中的某个文件夹是链接）。Annals 只读取项目内的文件：请把文件夹和文件复制进项目。`,
    en: `${qe(p.found)} actually lies outside the project folder (a folder on its path is a link). Annals reads only files inside the project: copy the folder and its files into the project.`,
  }),
  'not-a-file': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是普通文件（可能是文件夹、管道或设备）。请删除它，或换成普通的文本文件。`,
    en: `${qe(p.found)} is not a regular file (it may be a folder, a pipe or a device). Delete it or replace it with a plain text file.`,
  }),
  'unreadable-file': (p: MessageParams): Text => ({
    zh: `无法读取 ${q(p.found)}（${p.reason}）。请检查文件权限（例如 chmod a+r ${p.found}）。`,
    en: `${qe(p.found)} cannot be read (${p.reason}). Check the file's permissions (e.g. chmod a+r ${p.found}).`,
  }),
  'not-utf8': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是 UTF-8 编码，${p.encoding ? `看起来是 ${p.encoding}` : '无法判断其编码（中文 Windows 文件通常是 GB18030）'}；这里是第一个无法识别的字节。Annals 只读 UTF-8，否则页面会显示乱码。请转换：iconv -f ${p.from} -t UTF-8 ${p.found} > ${p.found}.utf8 && mv ${p.found}.utf8 ${p.found}；或在编辑器中“另存为”并选择编码 UTF-8（Windows 记事本：另存为 → 编码 → UTF-8）。`,
    en: `${qe(p.found)} is not UTF-8${p.encoding ? `; it looks like ${p.encoding}` : '; its encoding is unclear (files from Chinese Windows are usually GB18030)'}. This is the first byte that is not UTF-8. Annals reads UTF-8 only, or pages would show garbled text. Convert it: iconv -f ${p.from} -t UTF-8 ${p.found} > ${p.found}.utf8 && mv ${p.found}.utf8 ${p.found}; or "Save as" with the encoding UTF-8 in your editor (Windows Notepad: Save as → Encoding → UTF-8).`,
  }),
  'stray-byte': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 是 UTF-8 文件，但这里的字符不是 UTF-8（常见于从其他编码的文件粘贴的文字，例如 Latin-1 的 é 或 GBK 的汉字）。请删除这个字符并重新输入；不要转换整个文件。`,
    en: `${qe(p.found)} is UTF-8, but the character here is not (text pasted from a file in another encoding, such as a Latin-1 é or a GBK character). Delete the character and type it again; do not convert the whole file.`,
  }),
  'control-character': (p: MessageParams): Text => ({
    zh: `这里有一个不可见的控制字符 ${p.found}。文件中只允许制表符、换行和回车：请删除它（它常来自复制粘贴或损坏的文件）。`,
    en: `There is an invisible control character ${p.found} here. Only tab, line feed and carriage return are allowed: delete it (it usually comes from copy and paste or a damaged file).`,
  }),
  'yaml-tab-indent': (p: MessageParams): Text => ({
    zh: `这一行用制表符（Tab）缩进${Number(p.count) > 1 ? `（本文件共有 ${p.count} 行如此，这是第一行）` : ''}。YAML 不允许用制表符缩进：请改用空格（每级两个空格），可在编辑器中把 Tab 设为插入空格。`,
    en: `This line is indented with a tab${Number(p.count) > 1 ? ` (${p.count} lines of this file are; this is the first)` : ''}. YAML forbids tabs for indentation: use spaces (two per level); set your editor to insert spaces for Tab.`,
  }),
  'yaml-alias-limit': (p: MessageParams): Text => ({
    zh: `这里的 YAML 别名（*名称）展开后超过 ${p.limit} 个，Annals 拒绝读取以免耗尽内存。请直接写出内容，不要用 & 和 * 引用。`,
    en: `The YAML aliases (*name) here expand to more than ${p.limit} nodes; Annals refuses them so memory cannot run out. Write the content out instead of using & and * references.`,
  }),
  'too-long': (p: MessageParams): Text => ({
    zh: `${q(p.key)} 有 ${p.length} 个字符，超过此类字段（${p.kind}）的上限 ${p.limit}。请缩短它（上限见 docs/data-format.md）。`,
    en: `${qe(p.key)} is ${p.length} characters long, over the limit of ${p.limit} for this kind of field (${p.kind}). Shorten it (limits are in docs/data-format.md).`,
  }),
  'line-too-long': (p: MessageParams): Text => ({
    zh: `这一行有 ${p.length} 个字符，超过叙述每行（段落）的上限 ${p.limit}。请把它分成几个段落（段落之间空一行）。`,
    en: `This line is ${p.length} characters long, over the limit of ${p.limit} for a narrative line (paragraph). Split it into paragraphs (a blank line between them).`,
  }),
  'internal-error': (p: MessageParams): Text => ({
    zh: `Annals 内部错误：${p.detail}。这不是您数据的问题，请把这条信息报告给维护者。`,
    en: `Annals internal error: ${p.detail}. This is not a problem in your data; please report this message to the maintainers.`,
  }),
  'bad-option': (p: MessageParams): Text => ({
    zh: `命令参数有误：${p.detail}。请检查命令的写法（见 README.md）。`,
    en: `Invalid command-line option: ${p.detail}. Check the command (see README.md).`,
  }),
  'file-access': (p: MessageParams): Text => ({
    zh: `无法访问 ${q(p.found)}（${p.reason}）。请检查该路径是否存在以及文件权限。`,
    en: `Cannot access ${qe(p.found)} (${p.reason}). Check that the path exists and its permissions.`,
  }),
} satisfies Catalogue;
