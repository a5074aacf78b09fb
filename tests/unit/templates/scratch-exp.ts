import { generateTemplates } from '../../../scripts/bench/templates';
import { createTemplateIndex } from '../../../lib/templates/search';
const ts = generateTemplates(5000);
let t0 = performance.now();
const idx = createTemplateIndex(ts);
console.log('build', (performance.now()-t0).toFixed(1));
const qs = ['s','sh','shi','ship','shipp','shippi','shipping','refund','refund l','refund late','refund late order','warrnty','доставка','lang:es envio','tag:faq retur','site:tiktok promo'];
for (let p=0;p<3;p++) for (const q of qs) idx.search(q);
for (const q of qs) { const t0=performance.now(); let n=0; for (let i=0;i<5;i++) n=idx.search(q).length; console.log(q.padEnd(20), ((performance.now()-t0)/5).toFixed(2), n); }
