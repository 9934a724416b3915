/**
 * The catalogue of validation messages: what is wrong and how to fix it, in zh and en.
 * Each entry receives the values it quotes (what was found, what is allowed).
 */
export type MessageParams = Record<string, string>;

interface Text {
  zh: string;
  en: string;
}

const q = (text: string | undefined): string => `“${text ?? ''}”`;
const qe = (text: string | undefined): string => `"${text ?? ''}"`;

const NOT_A_NUMBER_HINTS: Record<string, Text> = {
  'unit-in-value': {
    zh: '请只写数字（可带“万”“亿”），单位由指标目录给出。',
    en: 'Write the number only (万 and 亿 are allowed); the unit comes from the indicator catalog.',
  },
  grouping: { zh: '请去掉千位分隔逗号，例如写 28504600。', en: 'Remove the thousands separators, e.g. write 28504600.' },
  'full-width': { zh: '请用半角数字和符号（0-9 . :）。', en: 'Use half-width digits and signs (0-9 . :).' },
  'percent-sign': {
    zh: '请去掉百分号，例如写 83.5；百分比由指标种类（rate）给出。',
    en: 'Drop the percent sign, e.g. write 83.5; the indicator kind (rate) says it is a percentage.',
  },
  empty: { zh: '请填写数值，或改用 unknown: { as_written: … } 记录原文无法辨认的数字。', en: 'Give the value, or use unknown: { as_written: … } for a figure the source does not state legibly.' },
  'not-a-number': {
    zh: '请写成精确的十进制数，例如 855、20.7万、2.7亿。',
    en: 'Write an exact decimal such as 855, 20.7万 or 2.7亿.',
  },
};

export const MESSAGES = {
  'yaml-syntax': (p: MessageParams): Text => ({
    zh: `YAML 语法错误：${p.detail}。请检查这一行的缩进、冒号和引号。`,
    en: `YAML syntax error: ${p.detail}. Check the indentation, colons and quotes on this line.`,
  }),
  'duplicate-key': (p: MessageParams): Text => ({
    zh: `键 ${q(p.key)} 重复出现。同一层级每个键只能写一次：请删除或合并其中一处。`,
    en: `The key ${qe(p.key)} appears twice. Each key may appear once at its level: delete or merge one of them.`,
  }),
  'unknown-field': (p: MessageParams): Text => ({
    zh: `未知字段 ${q(p.key)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}可用字段：${p.allowed}。`,
    en: `Unknown field ${qe(p.key)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Allowed fields: ${p.allowed}.`,
  }),
  'unquoted-comma': (p: MessageParams): Text => ({
    zh: `多出的 ${q(p.key)} 像是被英文逗号截断的文字。在 { zh: …, en: … } 里，含逗号的文字要加引号，例如 en: "Beds per 1,000 older people"。`,
    en: `The extra ${qe(p.key)} looks like text cut off at a comma. Inside { zh: …, en: … }, quote text that contains a comma, e.g. en: "Beds per 1,000 older people".`,
  }),
  'missing-field': (p: MessageParams): Text => ({
    zh: `缺少必填字段 ${q(p.key)}。请补上它（见 docs/data-format.md）。`,
    en: `The required field ${qe(p.key)} is missing. Add it (see docs/data-format.md).`,
  }),
  'empty-field': (p: MessageParams): Text => ({
    zh: `${q(p.key)} 是空的，这里应是${p.expectedZh}。请填写内容${p.key === 'figures' ? '（每份报告至少一个数据，格式见 docs/data-format.md）' : ''}，或删除这一行。`,
    en: `${qe(p.key)} is empty; it should hold ${p.expectedEn}. Fill it in${p.key === 'figures' ? ' (a report needs at least one figure; see docs/data-format.md)' : ''}, or delete the line.`,
  }),
  'missing-translation': (p: MessageParams): Text => ({
    zh: `${q(p.key)} 缺少${p.lang === 'en' ? '英文' : '中文'}内容。名称必须同时有中文（zh）和英文（en）。`,
    en: `${qe(p.key)} has no ${p.lang === 'en' ? 'English' : 'Chinese'} text. Names need both a Chinese (zh) and an English (en) form.`,
  }),
  'wrong-type': (p: MessageParams): Text => ({
    zh: `这里应是${p.expectedZh}，实际是${p.foundZh}。`,
    en: `Expected ${p.expectedEn} here, found ${p.foundEn}.`,
  }),
  'invalid-option': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是可选值。请改为以下之一：${p.options}。`,
    en: `${qe(p.found)} is not an allowed value. Use one of: ${p.options}.`,
  }),
  'bad-id': (p: MessageParams): Text => ({
    zh: `标识 ${q(p.found)} 不合规。标识只能用小写英文字母、数字和连字符，例如 eldercare-beds。`,
    en: `The id ${qe(p.found)} is not valid. Ids use lowercase letters, digits and hyphens only, e.g. eldercare-beds.`,
  }),
  'bad-date': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效日期。请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2023-03-17。`,
    en: `${qe(p.found)} is not a valid date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-03-17.`,
  }),
  'bad-period': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效日期或时段。请写成 2022、2022-11、2022-11-30，或时段 2022-01/2022-11。`,
    en: `${qe(p.found)} is not a valid date or period. Write 2022, 2022-11, 2022-11-30, or a period 2022-01/2022-11.`,
  }),
  'period-order': (p: MessageParams): Text => ({
    zh: `时段 ${q(p.found)} 的开始晚于结束。请把较早的日期写在斜杠前。`,
    en: `The period ${qe(p.found)} starts after it ends. Put the earlier date before the slash.`,
  }),
  'bad-timestamp': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效的生成日期。请写成 2023-03-17 或 2023-03-17 14:45。`,
    en: `${qe(p.found)} is not a valid date. Write 2023-03-17 or 2023-03-17 14:45.`,
  }),
  'bad-year': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效年份。请写四位年份，例如 2022。`,
    en: `${qe(p.found)} is not a valid year. Write a four-digit year such as 2022.`,
  }),
  'bad-url': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效网址。请写以 https:// 或 http:// 开头的完整网址，未知时删去此字段。`,
    en: `${qe(p.found)} is not a valid URL. Write a full address starting with https:// or http://, or remove the field when unknown.`,
  }),
  'bad-region-code': (p: MessageParams): Text => ({
    zh: `行政区划代码 ${q(p.found)} 应为六位数字，并加引号，例如 "360102"。`,
    en: `The region code ${qe(p.found)} must be six digits, in quotes, e.g. "360102".`,
  }),
  'bad-change': (p: MessageParams): Text => ({
    zh: `增幅 ${q(p.found)} 应写成原文的百分比，例如 "7.6%"。`,
    en: `The reported change ${qe(p.found)} must be the percentage as written, e.g. "7.6%".`,
  }),
  'change-empty': (): Text => ({
    zh: 'change 至少要有 reported（如 "7.6%"）或 from（起始值）之一。',
    en: 'A change needs at least reported (e.g. "7.6%") or from (the earlier value).',
  }),
  'not-a-number': (p: MessageParams): Text => {
    const hint = NOT_A_NUMBER_HINTS[p.reason ?? 'not-a-number'] ?? NOT_A_NUMBER_HINTS['not-a-number']!;
    return { zh: `${q(p.found)} 不是数字。${hint.zh}`, en: `${qe(p.found)} is not a number. ${hint.en}` };
  },
  'value-one-of': (p: MessageParams): Text => ({
    zh: `每个数据须有且只有 value、range、unknown 其中之一（现有：${p.found || '无'}）。`,
    en: `A figure needs exactly one of value, range or unknown (found: ${p.found || 'none'}).`,
  }),
  'range-order': (p: MessageParams): Text => ({
    zh: `区间 ${q(p.found)} 的下限大于上限。请写成 [较小值, 较大值]。`,
    en: `The range ${qe(p.found)} has its low end above its high end. Write [low, high].`,
  }),
  'unknown-indicator': (p: MessageParams): Text => ({
    zh: `指标目录中没有 ${q(p.found)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}请改用已有指标，或在 data/indicators/ 中新增该指标。`,
    en: `The indicator catalog has no ${qe(p.found)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Use an existing indicator, or add it to data/indicators/.`,
  }),
  'unknown-bureau': (p: MessageParams): Text => ({
    zh: `data/bureaus.yaml 中没有机构 ${q(p.found)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}请先在 data/bureaus.yaml 中添加该机构。`,
    en: `data/bureaus.yaml has no bureau ${qe(p.found)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Add the bureau to data/bureaus.yaml first.`,
  }),
  'duplicate-indicator': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.key)} 已在 ${p.other} 中定义。每个指标只能定义一次：请删除其中一处。`,
    en: `The indicator ${qe(p.key)} is already defined in ${p.other}. Define each indicator once: delete one of them.`,
  }),
  'unit-mismatch': (p: MessageParams): Text => ({
    zh: `单位 ${q(p.found)} 与指标 ${q(p.indicator)} 的单位 ${q(p.expected)} 不符。请换算数值并删去 unit，或改用合适的指标。`,
    en: `The unit ${qe(p.found)} does not fit the indicator ${qe(p.indicator)}, whose unit is ${qe(p.expected)}. Convert the value and remove unit, or use a fitting indicator.`,
  }),
  'kind-mismatch': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.indicator)} 的种类是 ${p.kind}，不能写 ${q(p.found)}。${p.kind === 'ratio' ? '比例请写成 1:0.81。' : '请写一个数字，或改用 ratio 种类的指标。'}`,
    en: `The indicator ${qe(p.indicator)} is of kind ${p.kind}; ${qe(p.found)} does not fit it. ${p.kind === 'ratio' ? 'Write a ratio such as 1:0.81.' : 'Write a single number, or use an indicator of kind ratio.'}`,
  }),
  'percent-over-100': (p: MessageParams): Text => ({
    zh: `比率 ${q(p.found)} 超过 100%。请核对原文；增幅请写在 change 中。`,
    en: `The rate ${qe(p.found)} is over 100%. Check the source; a growth rate belongs in change.`,
  }),
  'negative-count': (p: MessageParams): Text => ({
    zh: `数量 ${q(p.found)} 为负数。数量不能小于 0；减少量请写在 change 中（direction: down）。`,
    en: `The count ${qe(p.found)} is negative. A count cannot be below 0; a decrease belongs in change (direction: down).`,
  }),
  'negative-value': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 为负数。请核对原文；减少量请写在 change 中（direction: down）。`,
    en: `The value ${qe(p.found)} is negative. Check the source; a decrease belongs in change (direction: down).`,
  }),
  'count-not-whole': (p: MessageParams): Text => ({
    zh: `数量 ${q(p.found)}（即 ${p.plain}）不是整数。请核对原文，或改用 average 种类的指标。`,
    en: `The count ${qe(p.found)} (that is ${p.plain}) is not a whole number. Check the source, or use an indicator of kind average.`,
  }),
  'change-mismatch': (p: MessageParams): Text => ({
    zh: `报告的变化 ${q(p.found)} 与数据不符：${p.basisZh}，实际变化为 ${p.computed}。请核对数值或增幅。`,
    en: `The reported change ${qe(p.found)} disagrees with the data: ${p.basisEn}, the change is ${p.computed}. Check the value or the change.`,
  }),
  'change-direction': (p: MessageParams): Text => ({
    zh: `change 写的是${p.found === 'up' ? '增长' : '下降'}，但从 ${p.from} 到 ${p.to} 是${p.found === 'up' ? '下降' : '增长'}。请核对 direction 或数值。`,
    en: `The change says ${p.found}, but ${p.from} to ${p.to} goes ${p.found === 'up' ? 'down' : 'up'}. Check direction or the values.`,
  }),
  'path-mismatch': (p: MessageParams): Text => ({
    zh: `文件写的是 ${p.field}: ${p.found}，但文件位置表示 ${p.expected}。请让两者一致（文件应位于 data/figures/<机构>/<年份>.yaml）。`,
    en: `The file says ${p.field}: ${p.found}, but its location says ${p.expected}. Make them agree (the file belongs at data/figures/<bureau>/<year>.yaml).`,
  }),
  'missing-narrative': (p: MessageParams): Text => ({
    zh: `${p.bureau} ${p.year} 年有数据，但没有叙述文件。请新建 content/reports/${p.bureau}/${p.year}/zh.mdx（或 en.mdx），可用 npm run new -- ${p.bureau} ${p.year}。`,
    en: `${p.bureau} ${p.year} has data but no narrative. Create content/reports/${p.bureau}/${p.year}/zh.mdx (or en.mdx), e.g. with npm run new -- ${p.bureau} ${p.year}.`,
  }),
  'missing-data': (p: MessageParams): Text => ({
    zh: `这份叙述没有对应的数据文件 data/figures/${p.bureau}/${p.year}.yaml。请新建它，或检查文件夹名称中的机构和年份。`,
    en: `This narrative has no data file data/figures/${p.bureau}/${p.year}.yaml. Create it, or check the bureau and year in the folder names.`,
  }),
  'bad-narrative-path': (p: MessageParams): Text => ({
    zh: `叙述文件 ${q(p.found)} 位置不对。应为 content/reports/<机构>/<年份>/zh.mdx 或 en.mdx。`,
    en: `The narrative ${qe(p.found)} is in the wrong place. It belongs at content/reports/<bureau>/<year>/zh.mdx or en.mdx.`,
  }),
  'bad-data-path': (p: MessageParams): Text => ({
    zh: `数据文件 ${q(p.found)} 位置不对。应为 data/figures/<机构>/<四位年份>.yaml。`,
    en: `The data file ${qe(p.found)} is in the wrong place. It belongs at data/figures/<bureau>/<four-digit year>.yaml.`,
  }),
  'unknown-figure': (p: MessageParams): Text => ({
    zh: `<Figure id="${p.found}" /> 引用的数据在 ${p.dataFile} 中不存在。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}请改正 id，或先在数据文件中加入该数据。`,
    en: `<Figure id="${p.found}" /> refers to a figure that ${p.dataFile} does not have. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Correct the id, or add the figure to the data file first.`,
  }),
  'figure-without-id': (): Text => ({
    zh: '<Figure> 缺少 id。请写成 <Figure id="数据标识" />。',
    en: '<Figure> has no id. Write <Figure id="figure-id" />.',
  }),
  'unknown-indicator-ref': (p: MessageParams): Text => ({
    zh: `<Chart> 引用的指标 ${q(p.found)} 不在这份报告的数据中。请改用报告中已有数据的指标。`,
    en: `<Chart> refers to the indicator ${qe(p.found)}, which has no figure in this report. Use an indicator the report has figures for.`,
  }),
  'unknown-component': (p: MessageParams): Text => ({
    zh: `叙述中不能使用 <${p.found}>。只可使用 ${p.allowed}，无需 import。`,
    en: `<${p.found}> cannot be used in a narrative. Only ${p.allowed} are available, with no import.`,
  }),
  'no-code-in-narrative': (p: MessageParams): Text => ({
    zh: `叙述中不能写 ${q(p.found)} 语句。组件已自动提供，请删除这一行。`,
    en: `A narrative cannot contain ${qe(p.found)} statements. The components are provided; delete this line.`,
  }),
  'number-in-narrative': (p: MessageParams): Text => ({
    zh: `叙述中直接写了数字 ${q(p.found)}。请改用 <Figure id="…" /> 引用数据，避免与数据不一致。`,
    en: `The narrative types the number ${qe(p.found)}. Reference the figure with <Figure id="…" /> instead, so text and data never disagree.`,
  }),
  'missing-frontmatter': (): Text => ({
    zh: '叙述文件缺少开头的 --- 元数据块（至少要有 title）。',
    en: 'The narrative has no --- frontmatter block at the top (it needs at least a title).',
  }),
  'empty-data': (p: MessageParams): Text => ({
    zh: `${p.found} 中没有任何${p.whatZh}。请至少添加一个（见 docs/data-format.md），或检查站点根目录。`,
    en: `${p.found} holds no ${p.whatEn}. Add at least one (see docs/data-format.md), or check the site root.`,
  }),
  'figures-empty': (): Text => ({
    zh: 'figures 为空。每份报告至少要有一个数据。',
    en: 'figures is empty. A report needs at least one figure.',
  }),
  // build: the output folder, the swap into it, interruptions (src/lib/build/)
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
  // Traditional edition: data/hant-exceptions.yaml (src/lib/load/hant-exceptions.ts)
  'hant-term-no-han': (p: MessageParams): Text => ({
    zh: `例外词 ${q(p.found)} 不含汉字，繁体转换本来就不会改动它。请删除这一条，或写成简体原文中的词语。`,
    en: `The exception ${qe(p.found)} has no Chinese characters, so conversion to Traditional never changes it. Delete the entry, or write the term as the Simplified text has it.`,
  }),
  'hant-term-duplicate': (p: MessageParams): Text => ({
    zh: `例外词 ${q(p.found)} 重复列出。请删除重复的一条。`,
    en: `The exception ${qe(p.found)} is listed twice. Delete the repeated entry.`,
  }),
} satisfies Record<string, (params: MessageParams) => Text>;

export type MessageCode = keyof typeof MESSAGES;
