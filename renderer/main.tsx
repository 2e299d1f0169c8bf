// Renderer entry (placeholder until the desktop issue lands the windows).
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Appointment Connector</p>);
