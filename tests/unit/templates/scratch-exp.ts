import { createStarterTemplates } from '../../../lib/templates/starter';
import { renderTemplate } from '../../../lib/templates/render';
import { countChars } from '../../../lib/templates/length';
for (const t of createStarterTemplates(0)) for (const b of [t.body, ...t.variants.map(v=>v.body)]) {
  for (const fn of ['Alexandra', undefined]) {
    const r = renderTemplate(b, { first_name: fn });
    if (!r.ok) { console.log('ERR', r.errors); continue; }
    console.log(countChars(r.text,'tiktok'), countChars(r.text,'x'), r.text.slice(0,50));
  }
}
