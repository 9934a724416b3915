import { PageWeigher } from './src/bench/page-weight.ts';
const dist = process.argv[2]!;
const w = new PageWeigher(dist);
for (const p of ['index.html','about/index.html','reports/chongqing/2021/index.html','indicators/eldercare-beds/index.html','indicators/dibao-standard-ratio/index.html','bureaus/donghu/index.html','search/index.html', ...process.argv.slice(3)]) {
  try { const m = w.measure(p); console.log(p.padEnd(48), 'chart', m.chart, 'upfront', m.jsGzipBytes, 'ondemand', m.onDemandJsGzipBytes, 'total', m.jsGzipBytes+m.onDemandJsGzipBytes); } catch (e) { console.log(p, 'missing'); }
}
