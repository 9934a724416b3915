/**
 * `node tools/score-import.ts [--verbose]`: runs the importer on the development corpus
 * (../shared/import-corpus), on the five seeds and on the held-out fictional tables, and prints the per-document tables of
 * docs/importer.md; --verbose lists every missed and false figure.
 */
import { scoreCorpus, scoreHoldout, scoreSeeds } from '../tests/helpers/import-scores.ts';
import { scoreTable } from '../src/import/corpus-score.ts';
import { kindTable, scoreFailureKinds } from '../tests/helpers/failure-kinds.ts';

const verbose = process.argv.includes('--verbose');
const corpus = scoreCorpus();
const seeds = scoreSeeds();
const holdout = scoreHoldout();
console.log('Corpus\n');
console.log(scoreTable(corpus.map((entry) => entry.score), 'all corpus documents'));
console.log('\nSeeds\n');
console.log(scoreTable(seeds.map((entry) => entry.score), 'all seeds'));
console.log('\nHeld-out tables (fictional)\n');
console.log(scoreTable(holdout.map((entry) => entry.score), 'all held-out tables'));
if (verbose) {
  for (const { score } of [...corpus, ...seeds, ...holdout]) {
    for (const miss of score.missed) console.log(`${score.file}\tMISSED\t${miss.value}${miss.scale}${miss.unit}\t${miss.what}`);
    for (const item of score.false) console.log(`${score.file}\tFALSE\tline ${item.line}\t${item.value}${item.scale}${item.unit}\t${item.what}`);
  }
}

const kinds = scoreFailureKinds();
console.log('\nFailure kinds of issue 12\n');
console.log(kindTable(kinds));
if (verbose) for (const k of kinds) for (const why of k.failures) console.log(`kind ${k.kind}\t${why}`);
