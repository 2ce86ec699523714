// Asks the API to validate the document a moment after each edit; the API decides, the canvas draws.
import { useEffect, useState } from 'react';
import type { ValidationIssue } from '../api/client';
import { definitions } from './api';
import { graphToDefinition, type Graph } from './model/graph';

export function useValidation(graph: Graph, enabled: boolean): [ValidationIssue[], (issues: ValidationIssue[]) => void, boolean] {
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      setChecking(true);
      try {
        setIssues(await definitions.validate(graphToDefinition(graph), abort.signal));
      } catch {
        // An unreachable server shows when saving; validation just waits for the next edit.
      } finally {
        if (!abort.signal.aborted) setChecking(false);
      }
    }, 500);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [graph, enabled]);
  return [issues, setIssues, checking];
}
