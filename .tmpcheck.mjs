import YAML from 'yaml';
import fs from 'fs';
for (const f of process.argv.slice(2)) {
  const doc = YAML.parseDocument(fs.readFileSync(f,'utf8'), { schema: 'failsafe' });
  if (doc.errors.length) { console.log(f, doc.errors.map(e=>e.message)); continue; }
  const js = doc.toJS();
  const walk = (o, p) => { if (typeof o === 'string') console.log(p + ' = ' + o); else if (Array.isArray(o)) o.forEach((v,i)=>walk(v,p+'['+i+']')); else for (const k in o) walk(o[k], p ? p+'.'+k : k); };
  walk(js, '');
}
