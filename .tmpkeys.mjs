import YAML from 'yaml';
import fs from 'fs';
const allowed = new Set(['indicator','value','range','unknown','qualifier','status','as_of','unit','change','label','note','where']);
for (const f of process.argv.slice(2)) {
  const js = YAML.parse(fs.readFileSync(f,'utf8'), { schema: 'failsafe' });
  if (js.figures) for (const [id, fig] of Object.entries(js.figures)) {
    for (const k of Object.keys(fig)) if (!allowed.has(k)) console.log(f, id, 'bad key', k);
    for (const k of ['label','note']) if (fig[k]) { const ks = Object.keys(fig[k]).join(','); if (ks !== 'zh,en') console.log(f,id,k,ks); }
    if (fig.change) for (const k of Object.keys(fig.change)) if (!['reported','direction','from'].includes(k)) console.log(f,id,'change',k);
  } else for (const [id, ind] of Object.entries(js)) {
    for (const k of ['name','unit','definition']) if (ind[k]) { const ks = Object.keys(ind[k]).join(','); if (ks !== 'zh,en') console.log(f,id,k,ks); }
    for (const k of Object.keys(ind)) if (!['name','topic','kind','unit','definition'].includes(k)) console.log(f,id,'bad key',k);
  }
}
