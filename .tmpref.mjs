import YAML from 'yaml'; import fs from 'fs';
for (const [b,y] of [['donghu','2022'],['chongqing','2021']]) {
  const ids = Object.keys(YAML.parse(fs.readFileSync(`data/figures/${b}/${y}.yaml`,'utf8'),{schema:'failsafe'}).figures);
  for (const l of ['zh','en']) {
    const t = fs.readFileSync(`content/reports/${b}/${y}/${l}.mdx`,'utf8');
    const refs = [...t.matchAll(/<Figure id="([^"]+)" \/>/g)].map(m=>m[1]);
    console.log(b,l,'figures',ids.length,'refs',refs.length,'unref:',ids.filter(i=>!refs.includes(i)).join(' '),'missing:',refs.filter(r=>!ids.includes(r)).join(' '));
    const other = t.replace(/<Figure id="[^"]+" \/>/g,'').match(/<[^>]*>|\bimport\b|\{/g); if (other) console.log('  other:', other);
  }
}
