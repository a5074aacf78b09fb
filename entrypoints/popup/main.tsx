import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/dashboard/Popup';
import '../../lib/i18n/all';

document.documentElement.lang = navigator.language || 'en';
createRoot(document.getElementById('root')!).render(<Popup />);
