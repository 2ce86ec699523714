// Short notices at the corner of the screen: what a save or publish did, and errors that belong to no field.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';

type Tone = 'info' | 'success' | 'error';

interface Toast {
  id: number;
  tone: Tone;
  title: string;
  detail?: string;
}

interface ToastApi {
  show(tone: Tone, title: string, detail?: string): void;
  error(error: unknown, title?: string): void;
}

const Context = createContext<ToastApi>({ show: () => {}, error: () => {} });

export function useToasts(): ToastApi {
  return useContext(Context);
}

let next = 1;

export function Toasts({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((tone: Tone, title: string, detail?: string) => {
    const id = next++;
    setToasts((all) => [...all.slice(-3), { id, tone, title, detail }]);
    // Errors stay until dismissed: a person must be able to read them.
    if (tone !== 'error') setTimeout(() => dismiss(id), 5000);
  }, [dismiss]);
  const api = useMemo<ToastApi>(() => ({
    show,
    error(error, title) {
      if (error instanceof ApiError) show('error', title ?? error.title, title ? `${error.title}. ${error.detail ?? ''}` : error.detail);
      else show('error', title ?? 'Something went wrong', error instanceof Error ? error.message : String(error));
    },
  }), [show]);
  return (
    <Context.Provider value={api}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`} role={t.tone === 'error' ? 'alert' : 'status'}>
            <div>
              <strong>{t.title}</strong>
              {t.detail && <p>{t.detail}</p>}
            </div>
            <button type="button" className="icon" aria-label="Dismiss" onClick={() => dismiss(t.id)}>×</button>
          </div>
        ))}
      </div>
    </Context.Provider>
  );
}
