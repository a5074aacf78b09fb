import '../../assets/tailwind.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapters } from '../../lib/sites';
import { features } from '../../lib/features';
import { boot } from '../../lib/runtime/boot';
import '../../lib/i18n/all';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    boot(ctx, adapters.tiktok, features);
  },
});
