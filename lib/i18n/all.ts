/** Imports every UI language's catalog (extension pages and content scripts import this once). English is built in. */
import { registerCatalog } from './index';
import { es } from './es';
import { nl } from './nl';
import { ru } from './ru';

registerCatalog('es', es);
registerCatalog('ru', ru);
registerCatalog('nl', nl);
