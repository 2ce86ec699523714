// A labelled input with its error under it, tied together for screen readers.
import type { ReactNode } from 'react';

export function Field({ id, label, error, hint, children, required }: {
  id: string; label: string; error?: string; hint?: string; children: ReactNode; required?: boolean;
}) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}{required && <span className="required" aria-hidden> *</span>}</label>
      {children}
      {hint && !error && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

/** aria attributes of an input with an optional error. */
export const described = (id: string, error?: string) => ({
  id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined,
});
