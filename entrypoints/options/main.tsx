import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { Options } from '../../components/options/Options';
import '../../lib/i18n/all';

createRoot(document.getElementById('root')!).render(<Options />);
