/**
 * The empty report `npm run new` creates: the data file with the disclosure block to
 * fill, and the two narratives, each with short guidance. Placeholders are "TODO"; the
 * ones in fields the validator checks strictly (dates) are invalid on purpose, so
 * `npm run validate` points at every one the editor has not filled.
 */

export function figuresTemplate(bureau: string, year: number): string {
  return `# ${bureau} ${year}: one report's disclosure metadata, source and figures.
# Format: docs/data-format.md. Check with: npm run validate
# To start from the report's text instead: delete this file and the narratives, then
#   npm run import -- <file.txt> --bureau ${bureau} --year ${year}
bureau: ${bureau}
year: ${year}    # the work year the report is about
disclosure:    # the page's 政府信息公开 box; delete the lines it does not show
  index_no: TODO    # 索引号
  topic: { zh: TODO, en: TODO }    # 主题分类
  date: TODO    # 生成日期: YYYY-MM-DD or YYYY-MM-DD HH:MM
  doc_no: ""    # 文号 / 文件编号; "" when the page shows none
  validity: valid    # 有效性: valid · invalid
  scope: public    # 公开范围: public (面向全社会)
  manner: proactive    # 公开方式: proactive (主动公开) · on-request (依申请公开)
source:
  title: TODO    # the original title, exactly as published
  date: TODO    # publication date: YYYY, YYYY-MM or YYYY-MM-DD
  # url: https://…    # only when known
  # via: { zh: …, en: … }    # where it was captured, when that is a re-post
figures:
  # One entry per figure the report states, keyed by a kebab-case id that is also the
  # catalog indicator (or set indicator:). Write the value as the document does:
  #   eldercare-beds:
  #     value: 20.7万            # scale words 万/亿 kept; never a unit in the value
  #     qualifier: over          # 余/多/超过/以上 over · 不到 under · 约 about · 近 nearly · 最高 up-to
  #     status: target           # for plans and goals (将/计划/力争/到2025年)
  #     as_of: 2017-12           # when the figure is not about the report year as a whole
  #     where: 一（二）1          # the section it stands in
`;
}

export function zhNarrativeTemplate(): string {
  return `---
title: TODO
# summary: 一句话概括本报告（不写数字）
---

{/* 用自己的话写中文叙述，不要照抄原文句子。数字一律通过 Figure 组件引用数据文件中的编号（用法见 docs/data-format.md），不要直接写数字。 */}
`;
}

export function enNarrativeTemplate(): string {
  return `---
title: TODO
# summary: One sentence on what the report covers (no numbers).
---

{/* Write the English narrative in your own words. Every number comes from the data through the Figure component (see docs/data-format.md); never type a number. */}
`;
}
