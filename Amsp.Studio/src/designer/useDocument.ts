// Saving, publishing, retracting and reverting the document, each through the API with the ETag of what the
// canvas was based on. A 409 means someone else saved in the meantime: the caller shows the conflict.
import { useCallback, useRef, useState } from 'react';
import { ApiError, type ValidationIssue } from '../api/client';
import { useToasts } from '../shell/toasts';
import { definitions, type Loaded } from './api';
import { laidOut } from './laidOut';
import { graphToDefinition } from './model/graph';
import type { DesignerStore } from './model/history';
import type { DescriptorIndex } from './model/types';

export interface VersionMeta {
  version: number;
  isPublished: boolean;
}

export function useDocument(store: DesignerStore, index: DescriptorIndex, first: Loaded, onIssues: (issues: ValidationIssue[]) => void) {
  const toasts = useToasts();
  const etag = useRef(first.etag);
  const [meta, setMetaState] = useState<VersionMeta>(metaOf(first));
  // Read by actions that follow one another (publish right after its save), so kept in a ref as well.
  const metaRef = useRef(meta);
  const setMeta = useCallback((next: VersionMeta | ((m: VersionMeta) => VersionMeta)) => {
    metaRef.current = typeof next === 'function' ? next(metaRef.current) : next;
    setMetaState(metaRef.current);
  }, []);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  /** Changes whenever the server's versions changed, for the versions panel. */
  const [revision, setRevision] = useState(0);
  const definitionId = first.definition.definitionId;

  const accept = useCallback((loaded: Loaded) => {
    etag.current = loaded.etag;
    setMeta(metaOf(loaded));
    setRevision((r) => r + 1);
  }, [setMeta]);

  const failed = useCallback((e: unknown, what: string) => {
    if (e instanceof ApiError && e.status === 409 && e.title.includes('changed since')) setConflict(e);
    else if (e instanceof ApiError && e.errors.length > 0) {
      onIssues(e.errors);
      toasts.show('error', `Not ${what}: ${e.errors.length} problem${e.errors.length === 1 ? '' : 's'} to fix`, 'They are marked on the canvas and listed under Problems.');
    } else toasts.error(e, `Not ${what}`);
  }, [onIssues, toasts]);

  const save = useCallback(async (): Promise<boolean> => {
    store.end();
    const graph = store.getState().graph;
    setBusy('Saving…');
    try {
      const saved = await definitions.save(graphToDefinition(graph), etag.current);
      const before = metaRef.current.version;
      accept(saved);
      store.markSaved(graph);
      toasts.show('success', saved.definition.version !== before ? `Saved as draft version ${saved.definition.version}` : `Saved draft version ${saved.definition.version}`);
      return true;
    } catch (e) {
      failed(e, 'saved');
      return false;
    } finally {
      setBusy(null);
    }
  }, [store, accept, toasts, failed]);

  const publish = useCallback(async () => {
    if (store.dirty && !(await save())) return;
    setBusy('Publishing…');
    try {
      const published = await definitions.publish(definitionId, metaRef.current.version, etag.current);
      accept(published);
      onIssues([]);
      toasts.show('success', `Published version ${published.definition.version}`, 'New instances start on it; running ones finish on their own version.');
    } catch (e) {
      failed(e, 'published');
    } finally {
      setBusy(null);
    }
  }, [store, save, definitionId, accept, onIssues, toasts, failed]);

  const retract = useCallback(async () => {
    setBusy('Retracting…');
    try {
      await definitions.retract(definitionId);
      const latest = await definitions.load(definitionId);
      etag.current = latest.etag;
      setMeta((m) => ({ ...m, isPublished: false }));
      setRevision((r) => r + 1);
      toasts.show('success', 'Retracted', 'No version is published: nothing new starts until the next publish.');
    } catch (e) {
      toasts.error(e, 'Not retracted');
    } finally {
      setBusy(null);
    }
  }, [definitionId, toasts, setMeta]);

  /** Replaces the canvas with what the server has now (after a conflict, or a revert). */
  const reload = useCallback(async (loaded?: Loaded) => {
    const latest = loaded ?? (await definitions.load(definitionId));
    const graph = await laidOut(latest.definition, index);
    store.load(graph);
    accept(latest);
    setConflict(null);
  }, [definitionId, index, store, accept]);

  const revert = useCallback(async (version: number) => {
    try {
      const draft = await definitions.revert(definitionId, version);
      await reload(draft);
      toasts.show('success', `Version ${version} copied into draft version ${draft.definition.version}`);
    } catch (e) {
      toasts.error(e, 'Not reverted');
    }
  }, [definitionId, reload, toasts]);

  return { meta, busy, conflict, setConflict, revision, save, publish, retract, reload, revert };
}

function metaOf(loaded: Loaded): VersionMeta {
  return { version: Number(loaded.definition.version ?? 1), isPublished: loaded.definition.isPublished === true };
}
