import YAML from 'yaml';
import fs from 'fs';
const cat = {};
for (const f of fs.readdirSync('data/indicators')) Object.assign(cat, YAML.parse(fs.readFileSync('data/indicators/'+f,'utf8'), {schema:'failsafe'}) ?? {});
const used = new Set();
for (const f of ['data/figures/donghu/2022.yaml','data/figures/chongqing/2021.yaml']) {
  const js = YAML.parse(fs.readFileSync(f,'utf8'), {schema:'failsafe'});
  for (const [id, fig] of Object.entries(js.figures)) used.add(fig.indicator ?? id);
}
console.log('missing:', [...used].filter(u => !cat[u]).join(' '));
console.log('reused:', [...used].filter(u => cat[u]).join(' '));
