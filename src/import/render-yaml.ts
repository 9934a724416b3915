/**
 * The draft data file (data/figures/<bureau>/<year>.yaml) and proposed catalog entries,
 * written as text so every decision can carry a comment: the source line, why a figure is
 * a target, which catalog entry it matched and on what evidence, and `# TODO:` wherever
 * the editor must decide. The format is docs/data-format.md; a test parses the output
 * back with the failsafe schema, as the validator does.
 */
import type { DraftFigure } from './assign-ids.ts';
import type { Disclosure } from './document-meta.ts';
import type { ProposedIndicator } from './propose-indicator.ts';
import type { ExtractedFigure } from './types.ts';

/** A YAML scalar: plain when that is unambiguous, else a JSON string (valid YAML). */
export function scalar(text: string): string {
  if (text === '') return '""';
  const plainSafe = /^[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9 ._\-/·（）、，。]*$/u.test(text) && !/\s$/.test(text);
  return plainSafe ? text : JSON.stringify(text);
}

function localized(zh: string, en: string): string {
  return `{ zh: ${scalar(zh)}, en: ${scalar(en)} }`;
}

function comment(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function figureLines(figure: DraftFigure, proposalsInFile: boolean): string[] {
  const first = figure.occurrences[0] as ExtractedFigure;
  const lines: string[] = [];
  const where = figure.occurrences.map((occurrence) => occurrence.line);
  const evidence = figure.match
    ? figure.match.via === 'name'
      ? `catalog: ${figure.match.indicator.id} “${figure.match.indicator.name.zh}” (${figure.match.found}/${figure.match.total} name pieces, unit fits)`
      : `TODO: check — catalog: ${figure.match.indicator.id} “${figure.match.indicator.name.zh}” (its id is what the label's words translate to; unit fits)`
    : `TODO: no catalog match; proposed indicator ${figure.indicatorId}${proposalsInFile ? ' (see the _proposed catalog file)' : ' (see the review list)'}`;
  lines.push(`  # line ${where.join(', ')}: …${comment(first.context)}…`);
  lines.push(`  # ${evidence}`);
  lines.push(`  ${figure.id}:`);
  if (figure.id !== figure.indicatorId) lines.push(`    indicator: ${figure.indicatorId}`);
  const scaled = (digits: string): string => `${digits}${first.scale}`;
  switch (first.shape) {
    case 'range':
      lines.push(`    range: [${scalar(scaled(first.range?.[0] ?? ''))}, ${scalar(scaled(first.range?.[1] ?? ''))}]`);
      break;
    case 'ratio':
      lines.push(`    value: ${scalar(first.value)}`);
      break;
    case 'unknown':
      lines.push(`    unknown: { as_written: ${scalar(scaled(first.value))} }    # TODO: digits blanked in the source; never guess them`);
      lines.push(`    note: ${localized('原文数字缺损。', 'A digit is blanked in the source.')}`);
      break;
    default:
      lines.push(`    value: ${scalar(scaled(first.value))}`);
  }
  if (first.qualifier) lines.push(`    qualifier: ${first.qualifier}`);
  if (first.status === 'target') lines.push(`    status: target    # ${comment(first.statusReason ?? '')}`);
  else if (first.statusReason) lines.push(`    # status: actual — ${comment(first.statusReason)}`);
  if (first.asOf) lines.push(`    as_of: ${scalar(first.asOf)}    # ${comment(first.asOfReason ?? '')}`);
  else if (first.notes.some((note) => note.includes('as_of'))) lines.push('    # TODO: as_of — the text does not give the date this figure describes');
  // The unit field is checked against the catalog's unit exactly, so it is only written
  // when it is the catalog's (or the proposed indicator's) unit.
  const catalogUnit = figure.match?.indicator.unit.zh ?? figure.proposed?.unit.zh;
  if (first.unit && catalogUnit === first.unit) lines.push(`    unit: ${scalar(first.unit)}`);
  else if (first.unit || first.shape !== 'ratio') lines.push(`    # written: ${comment(first.written)}${first.unit ? '' : '    TODO: no unit written — check what it counts'}`);
  if (first.change) {
    const parts = [
      first.change.reported && `reported: ${scalar(first.change.reported)}`,
      first.change.direction && `direction: ${first.change.direction}`,
      first.change.from && `from: ${scalar(first.change.from)}`,
    ].filter(Boolean);
    lines.push(`    change: { ${parts.join(', ')} }`);
  }
  if (!figure.match) lines.push(`    label: ${localized(first.label || 'TODO', 'TODO')}    # TODO: English label, or delete when the indicator name says it`);
  if (first.where) lines.push(`    where: ${scalar(first.where)}`);
  return lines;
}

export function renderFiguresYaml(args: {
  bureau: string;
  year: number;
  sourceFile: string;
  title: string;
  disclosure: Disclosure;
  published?: { date: string; line: number };
  via?: { text: string; line: number };
  figures: readonly DraftFigure[];
  proposalsInFile: boolean;
  reviewFile: string;
}): string {
  const lines: string[] = [
    `# Draft made by \`npm run import\` from ${args.sourceFile}. Nothing here is checked yet:`,
    `# resolve every "TODO" below and every item of ${args.reviewFile}, then run npm run validate.`,
    '# Values are copied as the text writes them (scale words 万/亿 kept); see docs/data-format.md.',
    `bureau: ${args.bureau}`,
    `year: ${args.year}`,
  ];
  const d = args.disclosure;
  const disclosureFields: string[] = [];
  if (d.index_no) disclosureFields.push(`  index_no: ${scalar(d.index_no)}`);
  if (d.topic) disclosureFields.push(`  topic: ${localized(d.topic.zh, d.topic.en ?? 'TODO')}${d.topic.en ? '' : '    # TODO: English name of the topic'}`);
  if (d.date) disclosureFields.push(`  date: ${scalar(d.date)}`);
  if (d.doc_no !== undefined) disclosureFields.push(`  doc_no: ${scalar(d.doc_no)}`);
  if (d.validity) disclosureFields.push(`  validity: ${d.validity}`);
  if (d.scope) disclosureFields.push(`  scope: ${d.scope}`);
  if (d.manner) disclosureFields.push(`  manner: ${d.manner}`);
  if (disclosureFields.length > 0) lines.push('disclosure:    # read from the page\'s 政府信息公开 block', ...disclosureFields);
  else lines.push('# disclosure: the page shows no 政府信息公开 block (索引号, 生成日期 …); add one if the original page has it.');

  lines.push('source:');
  lines.push(`  title: ${scalar(args.title || 'TODO')}${args.title ? '' : '    # TODO: the original title'}`);
  if (args.published) lines.push(`  date: ${args.published.date}    # from line ${args.published.line}; TODO: check it is the publication date`);
  else lines.push('  # date: TODO — publication date (YYYY, YYYY-MM or YYYY-MM-DD), if known');
  lines.push('  # url: TODO — the original address, if known');
  if (args.via) lines.push(`  via: ${localized(args.via.text, 'TODO')}    # from line ${args.via.line}; TODO: English`);

  lines.push('figures:');
  if (args.figures.length === 0) lines.push('  # TODO: the importer found no figures; add them by hand (a report needs at least one).');
  let section: string | undefined;
  for (const figure of args.figures) {
    const first = figure.occurrences[0];
    const top = first?.where?.split(' ')[0] ?? '';
    if (top !== section) {
      section = top;
      lines.push('', `  # ── ${top || '(before the first heading)'} ──`);
    }
    lines.push(...figureLines(figure, args.proposalsInFile));
  }
  return `${lines.join('\n')}\n`;
}

export function renderProposedCatalog(proposals: readonly ProposedIndicator[], header: string): string {
  const lines: string[] = header.split('\n').map((line) => `# ${line}`.trimEnd());
  for (const proposal of proposals) {
    lines.push(
      '',
      `${proposal.id}:${proposal.placeholderId ? '    # TODO: choose a kebab-case English id (and rename it in the figures file)' : '    # TODO: check the id'}`,
      `  name: ${localized(proposal.name.zh, proposal.name.en)}    # TODO: both names`,
      `  topic: ${proposal.topic}    # TODO: check (${'eldercare · assistance · social-orgs · community · marriage · children · funeral · places · social-work · disability · services · population · emergency'})`,
      `  kind: ${proposal.kind}    # TODO: check (count · amount · rate · ratio · per-thousand · average)`,
      `  unit: ${localized(proposal.unit.zh, proposal.unit.en)}${proposal.unit.en.includes('TODO') ? '    # TODO: English unit' : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
