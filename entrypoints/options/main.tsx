import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { Options } from '../../components/options/Options';
import '../../lib/i18n/all';
import { t } from '../../lib/i18n';

document.title = t('optionsTitle');

createRoot(document.getElementById('root')!).render(<Options />);
