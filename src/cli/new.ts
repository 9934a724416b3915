/**
 * `npm run new -- <bureau> <year> [--zh-name … --en-name … --level …] [--root DIR]`
 *
 * Creates an empty report: data/figures/<bureau>/<year>.yaml and
 * content/reports/<bureau>/<year>/{zh,en}.mdx, each with guidance comments and TODOs, and
 * adds the bureau to data/bureaus.yaml when it is new (from the flags, or with TODOs).
 * Never overwrites: if any of the files exists, nothing is written.
 */
import './edge.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addBureau, BUREAU_ID, bureauIds, bureauStub, LEVELS } from '../import/bureau-entry.ts';
import { enNarrativeTemplate, figuresTemplate, zhNarrativeTemplate } from '../import/report-templates.ts';
import { RefusedToOverwrite, writeDraftFiles } from '../import/write-draft.ts';

const USAGE = `Usage: npm run new -- <bureau> <year> [--zh-name 名称 --en-name "Name" --level ${LEVELS.join('|')}] [--root DIR]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'zh-name': { type: 'string' },
    'en-name': { type: 'string' },
    level: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});

// `npm run new --level national mca 2021` (without `--`): npm takes --level as its own
// config (npm_config_level=true) and passes "national" on as a positional. Take it back.
const npmTookLevel = values.level === undefined && process.env.npm_config_level === 'true';
const levelIndex = npmTookLevel ? positionals.findIndex((word) => (LEVELS as readonly string[]).includes(word)) : -1;
if (levelIndex !== -1) values.level = positionals.splice(levelIndex, 1)[0];
const [bureau, yearText] = positionals;
if (!bureau || !yearText || positionals.length > 2) fail('Give a bureau id and a year.');
if (!BUREAU_ID.test(bureau)) fail(`The bureau id must be kebab-case ASCII, such as "donghu"; got "${bureau}".`);
if (!/^(19|20)\d{2}$/.test(yearText)) fail(`The year must look like 2022; got "${yearText}".`);
const year = Number(yearText);
const root = resolve(values.root);
const flags = { zhName: values['zh-name'], enName: values['en-name'], level: values.level };
const isNew = !bureauIds(root).has(bureau);
if (isNew) {
  try {
    bureauStub(bureau, flags); // checks --level before anything is written
  } catch (error) {
    fail((error as Error).message);
  }
}

try {
  const written = writeDraftFiles(root, [
    { path: `data/figures/${bureau}/${year}.yaml`, content: figuresTemplate(bureau, year) },
    { path: `content/reports/${bureau}/${year}/zh.mdx`, content: zhNarrativeTemplate() },
    { path: `content/reports/${bureau}/${year}/en.mdx`, content: enNarrativeTemplate() },
  ]);
  if (isNew && addBureau(root, bureau, flags)) {
    const missing = [!flags.zhName && '--zh-name', !flags.enName && '--en-name', !flags.level && '--level'].filter(Boolean);
    written.push(`data/bureaus.yaml (new entry “${bureau}”${missing.length ? `; TODO: ${missing.join(', ')} not given` : ''})`);
  }
  console.log(`Created report ${bureau} ${year}:\n${written.map((path) => `  ${path}`).join('\n')}`);
  console.log('Fill every TODO, then run: npm run validate');
} catch (error) {
  if (error instanceof RefusedToOverwrite) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
