import fs from 'fs';
for (const f of process.argv.slice(2)) {
  let t = fs.readFileSync(f,'utf8').replace(/^---[\s\S]*?---/,'').replace(/<Figure id="[^"]*" \/>/g,'');
  const cjk = (t.match(/[\u4e00-\u9fff]/g)||[]).length;
  const words = t.replace(/#+/g,'').split(/\s+/).filter(w=>/[A-Za-z]/.test(w)).length;
  const digits = t.match(/[0-9０-９]/g);
  console.log(f, 'cjk', cjk, 'words', words, 'digits', digits);
}
