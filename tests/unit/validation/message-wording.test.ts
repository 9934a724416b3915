/**
 * The wording of the catalogue's messages whose text depends on their parameters
 * (src/lib/messages.ts): each branch, in zh and en, written out by hand. The loader tests
 * (messages.test.ts) raise each code from real input; these pin what the editor reads.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageCode, type MessageParams } from '../../../src/lib/messages.ts';

const say = (code: MessageCode, params: MessageParams = {}): { zh: string; en: string } => MESSAGES[code](params);

describe('suggestions are offered only when there is one', () => {
  it('unknown-field', () => {
    expect(say('unknown-field', { key: 'levle', allowed: 'id, level', suggestion: 'level' })).toEqual({
      zh: '未知字段 “levle”。是否想写 “level”？可用字段：id, level。',
      en: 'Unknown field "levle". Did you mean "level"? Allowed fields: id, level.',
    });
    expect(say('unknown-field', { key: 'zz', allowed: 'id', suggestion: '' })).toEqual({
      zh: '未知字段 “zz”。可用字段：id。',
      en: 'Unknown field "zz". Allowed fields: id.',
    });
  });

  it('unknown-indicator, unknown-bureau, unknown-figure', () => {
    expect(say('unknown-indicator', { found: 'bed', suggestion: 'beds' }).en).toBe(
      'The indicator catalog has no "bed". Did you mean "beds"? Use an existing indicator, or add it to data/indicators/.',
    );
    expect(say('unknown-indicator', { found: 'bed', suggestion: '' }).zh).toBe('指标目录中没有 “bed”。请改用已有指标，或在 data/indicators/ 中新增该指标。');
    expect(say('unknown-bureau', { found: 'x', suggestion: 'y' }).zh).toBe('data/bureaus.yaml 中没有机构 “x”。是否想写 “y”？请先在 data/bureaus.yaml 中添加该机构。');
    expect(say('unknown-bureau', { found: 'x', suggestion: '' }).en).toBe('data/bureaus.yaml has no bureau "x". Add the bureau to data/bureaus.yaml first.');
    expect(say('unknown-figure', { found: 'bed', dataFile: 'data/f.yaml', suggestion: 'beds' })).toEqual({
      zh: '<Figure id="bed" /> 引用的数据在 data/f.yaml 中不存在。是否想写 “beds”？请改正 id，或先在数据文件中加入该数据。',
      en: '<Figure id="bed" /> refers to a figure that data/f.yaml does not have. Did you mean "beds"? Correct the id, or add the figure to the data file first.',
    });
    expect(say('unknown-figure', { found: 'bed', dataFile: 'data/f.yaml', suggestion: '' }).en).toBe(
      '<Figure id="bed" /> refers to a figure that data/f.yaml does not have. Correct the id, or add the figure to the data file first.',
    );
  });
});

describe('branches on a parameter', () => {
  it('empty-field adds the figures hint only for figures', () => {
    expect(say('empty-field', { key: 'figures', expectedZh: '字段映射（键: 值）', expectedEn: 'a mapping (key: value)' })).toEqual({
      zh: '“figures” 是空的，这里应是字段映射（键: 值）。请填写内容（每份报告至少一个数据，格式见 docs/data-format.md），或删除这一行。',
      en: '"figures" is empty; it should hold a mapping (key: value). Fill it in (a report needs at least one figure; see docs/data-format.md), or delete the line.',
    });
    expect(say('empty-field', { key: 'tags', expectedZh: '列表 [ … ]', expectedEn: 'a list [ … ]' })).toEqual({
      zh: '“tags” 是空的，这里应是列表 [ … ]。请填写内容，或删除这一行。',
      en: '"tags" is empty; it should hold a list [ … ]. Fill it in, or delete the line.',
    });
  });

  it('missing-translation names the missing language', () => {
    expect(say('missing-translation', { key: 'name', lang: 'en' })).toEqual({
      zh: '“name” 缺少英文内容。名称必须同时有中文（zh）和英文（en）。',
      en: '"name" has no English text. Names need both a Chinese (zh) and an English (en) form.',
    });
    expect(say('missing-translation', { key: 'name', lang: 'zh' })).toEqual({
      zh: '“name” 缺少中文内容。名称必须同时有中文（zh）和英文（en）。',
      en: '"name" has no Chinese text. Names need both a Chinese (zh) and an English (en) form.',
    });
  });

  it('not-a-number gives the hint of its reason, else the general one', () => {
    expect(say('not-a-number', { found: '85.3%', reason: 'percent-sign' })).toEqual({
      zh: '“85.3%” 不是数字。请去掉百分号，例如写 83.5；百分比由指标种类（rate）给出。',
      en: '"85.3%" is not a number. Drop the percent sign, e.g. write 83.5; the indicator kind (rate) says it is a percentage.',
    });
    const general = { zh: '“abc” 不是数字。请写成精确的十进制数，例如 855、20.7万、2.7亿。', en: '"abc" is not a number. Write an exact decimal such as 855, 20.7万 or 2.7亿.' };
    expect(say('not-a-number', { found: 'abc' })).toEqual(general);
    expect(say('not-a-number', { found: 'abc', reason: 'no-such-reason' })).toEqual(general);
  });

  it('value-one-of says none when nothing was given', () => {
    expect(say('value-one-of', { found: '' })).toEqual({
      zh: '每个数据须有且只有 value、range、unknown 其中之一（现有：无）。',
      en: 'A figure needs exactly one of value, range or unknown (found: none).',
    });
    expect(say('value-one-of', { found: 'value, range' }).en).toBe('A figure needs exactly one of value, range or unknown (found: value, range).');
  });

  it('kind-mismatch tells a ratio from a single number', () => {
    expect(say('kind-mismatch', { indicator: 'sex-ratio', kind: 'ratio', found: '0.81' })).toEqual({
      zh: '指标 “sex-ratio” 的种类是 ratio，不能写 “0.81”。比例请写成 1:0.81。',
      en: 'The indicator "sex-ratio" is of kind ratio; "0.81" does not fit it. Write a ratio such as 1:0.81.',
    });
    expect(say('kind-mismatch', { indicator: 'beds', kind: 'count', found: '1:2' })).toEqual({
      zh: '指标 “beds” 的种类是 count，不能写 “1:2”。请写一个数字，或改用 ratio 种类的指标。',
      en: 'The indicator "beds" is of kind count; "1:2" does not fit it. Write a single number, or use an indicator of kind ratio.',
    });
  });

  it('change-direction says which way the figures really go', () => {
    expect(say('change-direction', { found: 'up', from: '10', to: '8' })).toEqual({
      zh: 'change 写的是增长，但从 10 到 8 是下降。请核对 direction 或数值。',
      en: 'The change says up, but 10 to 8 goes down. Check direction or the values.',
    });
    expect(say('change-direction', { found: 'down', from: '8', to: '10' })).toEqual({
      zh: 'change 写的是下降，但从 8 到 10 是增长。请核对 direction 或数值。',
      en: 'The change says down, but 8 to 10 goes up. Check direction or the values.',
    });
  });

  it('number-in-narrative names the figure, or the data file, and why it counts as a number', () => {
    expect(say('number-in-narrative', { found: '855', figure: 'beds' })).toEqual({
      zh: '叙述中直接写了数字 “855”。这是数据 beds 的值：请改写为 <Figure id="beds" />，避免与数据不一致。',
      en: 'The narrative types the number "855". It is the value of the figure beds: write <Figure id="beds" /> instead, so text and data never disagree.',
    });
    expect(say('number-in-narrative', { found: '８５５', kind: 'full-width', dataFile: 'data/f.yaml' })).toEqual({
      zh: '叙述中直接写了数字 “８５５”（全角数字也是数字）。请先把它作为数据写入 data/f.yaml，再用 <Figure id="…" /> 引用，避免与数据不一致。',
      en: 'The narrative types the number "８５５" (full-width digits are digits too). Add it as a figure to data/f.yaml and reference it with <Figure id="…" />, so text and data never disagree.',
    });
    expect(say('number-in-narrative', { found: '三百', kind: 'unknown-kind', dataFile: '' })).toEqual({
      zh: '叙述中直接写了数字 “三百”。请先把它作为数据写入 报告的数据文件，再用 <Figure id="…" /> 引用，避免与数据不一致。',
      en: 'The narrative types the number "三百". Add it as a figure to the report\'s data file and reference it with <Figure id="…" />, so text and data never disagree.',
    });
  });

  it('out-not-a-folder tells a symbolic link from a file', () => {
    expect(say('out-not-a-folder', { path: 'dist', kind: 'symlink' })).toEqual({
      zh: '“dist” 已存在，但是符号链接。请改用新的目录，例如 --out dist。',
      en: '"dist" exists but is a symbolic link. Use a new folder instead, e.g. --out dist.',
    });
    expect(say('out-not-a-folder', { path: 'dist', kind: 'file' }).zh).toBe('“dist” 已存在，但不是目录。请改用新的目录，例如 --out dist。');
  });

  it('year-out-of-range gives the range, or for a target only the lower bound', () => {
    expect(say('year-out-of-range', { found: '3023-01', year: '3023', min: '1949', max: '2025' })).toEqual({
      zh: '“3023-01” 中的年份 3023 不在允许范围内：年份须在 1949 年至 2025 年（明年）之间。请核对原文。',
      en: 'The year 3023 in "3023-01" is out of range: years must be from 1949 to 2025 (next year). Check the source.',
    });
    expect(say('year-out-of-range', { found: '1900', year: '1900', min: '1949' })).toEqual({
      zh: '“1900” 中的年份 1900 不在允许范围内：目标的年份不能早于 1949 年。请核对原文。',
      en: 'The year 1900 in "1900" is out of range: a target\'s year cannot be before 1949. Check the source.',
    });
  });

  it('actual-after-date: publication date or today; as_of written or defaulted', () => {
    expect(say('actual-after-date', { figure: 'beds', found: '2024-03', limitKind: 'published', limit: '2024-02-01' })).toEqual({
      zh: '数据 “beds” 的时点 “2024-03” 晚于报告的发布日期 2024-02-01。实际值不可能来自将来：请核对 as_of 或年份；计划或目标请写 status: target。',
      en: 'The figure "beds" is dated "2024-03", after the report\'s publication date 2024-02-01. An actual figure cannot come from the future: check as_of or the year; for a plan or goal write status: target.',
    });
    expect(say('actual-after-date', { figure: 'beds', found: '2025', limitKind: 'today', limit: '2024-06-15', defaulted: 'yes' })).toEqual({
      zh: '数据 “beds” 没有写 as_of，时点即报告年份 2025，晚于今天（2024-06-15）。实际值不可能来自将来：请核对 as_of 或年份；计划或目标请写 status: target。',
      en: 'The figure "beds" has no as_of, so it is dated by the report year 2025, which is after today (2024-06-15). An actual figure cannot come from the future: check as_of or the year; for a plan or goal write status: target.',
    });
  });

  it('narrative-syntax gives the hint of its kind, else the general one', () => {
    expect(say('narrative-syntax', { detail: 'Unexpected character', kind: 'brace' })).toEqual({
      zh: '这里的 MDX 无法解析（Unexpected character）。花括号在 MDX 中表示代码。如果只是文字，请改用全角 ｛｝ 或去掉括号。',
      en: 'The MDX cannot be parsed here (Unexpected character). Braces mean code in MDX. If they are text, write full-width ｛｝ or leave them out.',
    });
    expect(say('narrative-syntax', { detail: 'x' })).toEqual({
      zh: '这里的 MDX 无法解析（x）。请检查这一处的 < > { } 等符号。',
      en: 'The MDX cannot be parsed here (x). Check the < > { } signs at this place.',
    });
  });

  it('attribute-not-allowed: twice, without a value, or unknown', () => {
    expect(say('attribute-not-allowed', { component: 'Figure', reason: 'duplicate', found: 'id', allowed: 'id' })).toEqual({
      zh: '<Figure> 重复写了属性 id，请只保留一个。它只接受：id。',
      en: '<Figure> has the attribute id twice; keep one. It takes only: id.',
    });
    expect(say('attribute-not-allowed', { component: 'Figure', reason: 'no-value', found: 'id', allowed: 'id' })).toEqual({
      zh: '<Figure> 的属性 id 没有值，请写成 id="…"。它只接受：id。',
      en: '<Figure> has the attribute id without a value; write id="…". It takes only: id.',
    });
    expect(say('attribute-not-allowed', { component: 'Chart', found: 'color', allowed: 'indicator' })).toEqual({
      zh: '<Chart> 没有属性 color。它只接受：indicator。',
      en: '<Chart> has no attribute color. It takes only: indicator.',
    });
  });

  it('raw-html gives the Markdown for a known tag, else the general advice', () => {
    expect(say('raw-html', { found: 'b' })).toEqual({
      zh: '叙述中不能写 HTML 标签 <b>。加粗请写 **文字**。',
      en: 'A narrative cannot contain the HTML tag <b>. For bold write **text**.',
    });
    expect(say('raw-html', { found: 'marquee' })).toEqual({
      zh: '叙述中不能写 HTML 标签 <marquee>。请改用 Markdown（见 docs/data-format.md），或直接写成普通文字。',
      en: 'A narrative cannot contain the HTML tag <marquee>. Use Markdown instead (see docs/data-format.md), or write plain text.',
    });
  });

  it('markdown-not-allowed names the construct, or falls back to its node name', () => {
    expect(say('markdown-not-allowed', { found: 'inlineCode' })).toEqual({
      zh: '叙述中不能使用行内代码（`…`）。请去掉反引号，写成普通文字。',
      en: 'A narrative cannot contain inline code (`…`). Remove the backticks and write plain text.',
    });
    expect(say('markdown-not-allowed', { found: 'mathBlock' })).toEqual({
      zh: '叙述中不能使用mathBlock。',
      en: 'A narrative cannot contain mathBlock. ',
    });
  });

  it('not-utf8 names the encoding when it is known', () => {
    const known = say('not-utf8', { found: 'data/a.yaml', encoding: 'GB18030', from: 'GB18030' });
    expect(known.en).toBe(
      '"data/a.yaml" is not UTF-8; it looks like GB18030. This is the first byte that is not UTF-8. Annals reads UTF-8 only, or pages would show garbled text. Convert it: iconv -f GB18030 -t UTF-8 data/a.yaml > data/a.yaml.utf8 && mv data/a.yaml.utf8 data/a.yaml; or "Save as" with the encoding UTF-8 in your editor (Windows Notepad: Save as → Encoding → UTF-8).',
    );
    expect(known.zh.startsWith('“data/a.yaml” 不是 UTF-8 编码，看起来是 GB18030；这里是第一个无法识别的字节。')).toBe(true);
    const unclear = say('not-utf8', { found: 'data/a.yaml', encoding: '', from: 'GB18030' });
    expect(unclear.en.startsWith('"data/a.yaml" is not UTF-8; its encoding is unclear (files from Chinese Windows are usually GB18030). This is')).toBe(true);
    expect(unclear.zh.startsWith('“data/a.yaml” 不是 UTF-8 编码，无法判断其编码（中文 Windows 文件通常是 GB18030）；')).toBe(true);
  });

  it('yaml-tab-indent counts the lines only when there are more than one', () => {
    expect(say('yaml-tab-indent', { count: '3' })).toEqual({
      zh: '这一行用制表符（Tab）缩进（本文件共有 3 行如此，这是第一行）。YAML 不允许用制表符缩进：请改用空格（每级两个空格），可在编辑器中把 Tab 设为插入空格。',
      en: 'This line is indented with a tab (3 lines of this file are; this is the first). YAML forbids tabs for indentation: use spaces (two per level); set your editor to insert spaces for Tab.',
    });
    expect(say('yaml-tab-indent', { count: '1' })).toEqual({
      zh: '这一行用制表符（Tab）缩进。YAML 不允许用制表符缩进：请改用空格（每级两个空格），可在编辑器中把 Tab 设为插入空格。',
      en: 'This line is indented with a tab. YAML forbids tabs for indentation: use spaces (two per level); set your editor to insert spaces for Tab.',
    });
  });

  it('a missing parameter is quoted as empty, never as "undefined"', () => {
    expect(say('bad-id', {}).en).toBe('The id "" is not valid. Ids use lowercase letters, digits and hyphens only, e.g. eldercare-beds.');
    expect(say('bad-id', {}).zh).toBe('标识 “” 不合规。标识只能用小写英文字母、数字和连字符，例如 eldercare-beds。');
  });
});
