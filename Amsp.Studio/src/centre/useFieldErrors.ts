// The API's validation problem shown where it belongs: each message under the input it names, as a sentence that
// starts with the input's label, and the focus on the first. Inputs have the ids `${prefix}-${field}`.
import { useState } from 'react';
import { ApiError } from '../api/client';
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
      const first = Object.keys(fields)[0];
      if (first) document.getElementById(first)?.focus();
      return !!first;
    },
  };
}
