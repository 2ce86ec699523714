// The API's validation problem shown where it belongs, and the end of a form that saves. Each message goes under the
// input it names, as a sentence that starts with the input's label, and the focus on the first of them in the form.
// Inputs have the ids `${prefix}-${field}`.
import { useState } from 'react';
import { ApiError } from '../api/client';
import { ProblemBox } from '../shell/ProblemBox';
import { errorsById } from './priceForm';

export function useFieldErrors(prefix: string, labels: Record<string, string>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  return {
    errors,
    clear: () => setErrors({}),
    /** Shows the messages of a validation problem; false when the error names no input (then it is shown whole). */
    show(e: unknown): boolean {
      const fields = e instanceof ApiError ? errorsById(prefix, e.fields) : {};
      setErrors(Object.fromEntries(Object.entries(fields).map(([id, m]) => [id, `${labels[id] ?? 'This'} ${m}`])));
      // The first input on the page that has an error, whatever order the API listed them in.
      const inputs = Object.keys(fields).map((id) => document.getElementById(id)).filter((el): el is HTMLElement => !!el);
      inputs.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0]?.focus();
      return Object.keys(fields).length > 0;
    },
  };
}

/** The end of a form that saves: a problem no input owns, then Save and Cancel. */
export function SaveActions({ save, label, onCancel }: { save: { isPending: boolean; isError: boolean; error: unknown }; label: string; onCancel: () => void }) {
  return (
    <>
      {save.isError && !(save.error instanceof ApiError && Object.keys(save.error.fields).length) && <ProblemBox error={save.error} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>{save.isPending ? 'Saving…' : label}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </>
  );
}
