// The designer: palette, canvas and properties over one store (document + history), saved through the API.
import { useQuery } from '@tanstack/react-query';
import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { Dialog } from '../shell/Dialog';
import { ProblemBox } from '../shell/ProblemBox';
import { useToasts } from '../shell/toasts';
import { definitions, usePalette, type Loaded, type Palette as PaletteData } from './api';
import { FlowCanvas } from './canvas/FlowCanvas';
import type { ActivityFlowNode, ConnectionFlowEdge } from './canvas/flow';
import { laidOut } from './laidOut';
import { graphToDefinition, type Graph } from './model/graph';
import { DesignerStore } from './model/history';
import type { DefinitionJson } from './model/types';
import { placeIssues } from './model/validation';
import { HelpPanel } from './panels/HelpPanel';
import { InsertMenu } from './panels/InsertMenu';
import { IssuesPanel } from './panels/IssuesPanel';
import { Palette } from './panels/Palette';
import { PropertyPanel } from './panels/PropertyPanel';
import { RunDialog } from './panels/RunDialog';
import { VersionsPanel } from './panels/VersionsPanel';
import { useCanvasSettings } from './settings';
import { commandFor, isTyping, type Command } from './shortcuts';
import { Toolbar } from './Toolbar';
import { useDocument } from './useDocument';
import { useEditCommands } from './useEditCommands';
import { useLeaveGuard } from './useLeaveGuard';
import { useStoreState } from './useStoreState';
import { useValidation } from './useValidation';
import { VersionView, type VersionMode } from './VersionView';

export function DesignerPage() {
  const { definitionId = '' } = useParams();
  const palette = usePalette();
  const opened = useQuery({
    queryKey: ['designer-open', definitionId],
    enabled: !!palette.data,
    gcTime: 0,
    staleTime: Infinity,
    queryFn: async () => {
      const loaded = await definitions.load(definitionId);
      return { loaded, graph: await laidOut(loaded.definition, palette.data!.index) };
    },
  });
  const error = palette.error ?? opened.error;
  if (error) {
    const missing = error instanceof ApiError && error.status === 404;
    return <div className="page-message">{missing ? <><h1>No such workflow</h1><ProblemBox error={error} /></> : <ProblemBox error={error} onRetry={() => opened.refetch()} />}</div>;
  }
  if (!palette.data || !opened.data) return <div className="page-message" role="status">Opening {definitionId}…</div>;
  return <Designer key={definitionId} first={opened.data.loaded} graph={opened.data.graph} palette={palette.data} />;
}

type Flow = ReactFlowInstance<ActivityFlowNode, ConnectionFlowEdge>;

function Designer({ first, graph, palette }: { first: Loaded; graph: Graph; palette: PaletteData }) {
  const [store] = useState(() => new DesignerStore(graph));
  const state = useStoreState(store);
  const person = useSession().data!;
  const toasts = useToasts();
  const [settings, setSettings] = useCanvasSettings();
  const flow = useRef<Flow | null>(null);
  const [mode, setMode] = useState<{ mode: VersionMode; edits: Graph; opened: number } | null>(null);
  const [issueList, setIssues, checking] = useValidation(state.graph, mode === null);
  const placed = useMemo(() => placeIssues(state.graph, issueList), [state.graph, issueList]);
  const doc = useDocument(store, palette.index, first, setIssues);
  const edit = useEditCommands(store, palette.index, flow, settings.gridSize);
  const dirty = state.graph !== state.saved;
  const blocker = useLeaveGuard(dirty);
  const [panel, setPanel] = useState<'versions' | 'problems' | null>(null);
  const [dialog, setDialog] = useState<'help' | 'run' | null>(null);
  const [insert, setInsert] = useState<{ edgeId: string; at: { x: number; y: number } } | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const definitionId = first.definition.definitionId;
  const descriptors = useMemo(() => palette.categories.flatMap((c) => c.activities), [palette]);
  const decor = useMemo(() => ({ nodeIssues: placed.nodes, edgeIssues: placed.edges }), [placed]);
  const currentSelection = useCallback(() => store.getState().selection, [store]);

  const exportJson = useCallback(() => {
    const blob = new Blob([JSON.stringify(graphToDefinition(store.getState().graph), null, 2)], { type: 'application/json' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `${definitionId}.json` });
    link.click();
    URL.revokeObjectURL(link.href);
  }, [store, definitionId]);

  const importJson = useCallback(async (f: File) => {
    try {
      const parsed = JSON.parse(await f.text()) as DefinitionJson;
      if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.root?.activities)) {
        throw new Error('The file is not a workflow definition: it has no root.activities list.');
      }
      const laid = await laidOut({ ...parsed, definitionId, root: { ...parsed.root, connections: parsed.root.connections ?? [] } }, palette.index);
      store.apply(`Import ${f.name}`, () => laid);
      store.select({ nodes: [], edges: [] });
      toasts.show('info', `Imported ${f.name}`, 'The canvas shows the file now. Save to keep it, or undo to go back.');
    } catch (e) {
      toasts.error(e instanceof SyntaxError ? new Error(`${f.name} is not valid JSON: ${e.message}`) : e, 'Not imported');
    }
  }, [store, definitionId, palette.index, toasts]);

  const run = useCallback((command: Command) => {
    const map: Partial<Record<Command, () => void>> = {
      save: () => void doc.save(), publish: () => void doc.publish(), undo: () => store.undo(), redo: () => store.redo(),
      delete: edit.remove, copy: () => void edit.copy(), cut: () => void edit.cut(), paste: edit.paste, duplicate: () => void edit.duplicate(),
      selectAll: edit.selectAll, deselect: () => { store.select({ nodes: [], edges: [] }); setPanel(null); }, layout: () => void edit.autoLayout(),
      fit: () => void flow.current?.fitView({ padding: 0.15, duration: 200 }), zoomIn: () => void flow.current?.zoomIn(), zoomOut: () => void flow.current?.zoomOut(),
      toggleSnap: () => setSettings({ snapToGrid: !settings.snapToGrid }), help: () => setDialog('help'), focusPalette: () => search.current?.focus(),
      nudgeLeft: () => edit.nudge(-1, 0), nudgeRight: () => edit.nudge(1, 0), nudgeUp: () => edit.nudge(0, -1), nudgeDown: () => edit.nudge(0, 1),
      nudgeLeftFar: () => edit.nudge(-5, 0), nudgeRightFar: () => edit.nudge(5, 0), nudgeUpFar: () => edit.nudge(0, -5), nudgeDownFar: () => edit.nudge(0, 5),
    };
    map[command]?.();
  }, [doc, store, edit, settings.snapToGrid, setSettings]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (mode || dialog || insert || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const command = commandFor(e);
      if (!command) return;
      // Arrow keys on a focused node are xyflow's own (it moves the node); elsewhere they nudge the selection.
      if (command.startsWith('nudge') && (e.target as HTMLElement).closest?.('.react-flow__node')) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, mode, dialog, insert]);

  const openMode = (m: VersionMode) => setMode({ mode: m, edits: store.getState().graph, opened: Date.now() });
  const status = `Version ${doc.meta.version} · ${doc.meta.isPublished ? 'published' : 'draft'}${dirty ? ' · unsaved changes' : ''}`;
  const single = state.selection.nodes.length === 1 ? state.selection.nodes[0] : null;

  return (
    <div className="designer">
      <Toolbar title={state.graph.definition.name || definitionId} status={status} dirty={dirty} busy={doc.busy} readOnly={mode !== null}
        canUndo={state.past.length > 0} canRedo={state.future.length > 0} undoLabel={store.nextUndo} redoLabel={store.nextRedo}
        isPublished={doc.meta.isPublished} problems={placed.count} checking={checking} settings={settings} onSettings={setSettings}
        on={{
          save: () => void doc.save(), publish: () => void doc.publish(), retract: () => void doc.retract(),
          undo: () => store.undo(), redo: () => store.redo(), layout: () => void edit.autoLayout(),
          import: () => file.current?.click(), export: exportJson,
          versions: () => setPanel(panel === 'versions' ? null : 'versions'), problems: () => setPanel(panel === 'problems' ? null : 'problems'),
          run: () => setDialog('run'), help: () => setDialog('help'),
        }} />
      <input ref={file} type="file" accept="application/json,.json" hidden aria-label="Import a JSON file"
        onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importJson(f); }} />
      {mode ? (
        <VersionView definitionId={definitionId} mode={mode.mode} edits={mode.edits} opened={mode.opened} palette={palette} settings={settings}
          onClose={() => setMode(null)} onRevert={(v) => { setMode(null); void doc.revert(v); }} />
      ) : (
        <div className="workspace">
          <Palette ref={search} categories={palette.categories} onAdd={(d) => edit.add(d)} disabled={false} />
          <FlowCanvas graph={state.graph} index={palette.index} selection={state.selection} currentSelection={currentSelection}
            onSelect={(s) => store.select(s)} decor={decor} readOnly={false} settings={settings} label="Workflow canvas"
            onMove={edit.move} onConnect={edit.connect} onResize={edit.resize} onInsertOn={(edgeId, at) => setInsert({ edgeId, at })}
            onDropActivity={(type, version, at) => {
              const d = palette.index.get(`${type}@${version}`);
              if (d) edit.add(d, at);
            }}
            onReady={(f) => { flow.current = f; }} />
          <aside className="properties" aria-label="Properties" key={single ?? 'none'}>
            <PropertyPanel store={store} graph={state.graph} index={palette.index} selection={state.selection} issues={placed}
              readOnly={false} onDelete={edit.remove} onAlign={edit.arrange} />
          </aside>
          {panel === 'problems' && (
            <IssuesPanel issues={placed} all={issueList} onClose={() => setPanel(null)}
              onShow={(i) => { if (i.activityId && state.graph.nodes.some((n) => n.id === i.activityId)) store.select({ nodes: [i.activityId], edges: [] }); }} />
          )}
          {panel === 'versions' && (
            <VersionsPanel definitionId={definitionId} revision={doc.revision} dirty={dirty} onClose={() => setPanel(null)}
              onView={(v) => openMode({ kind: 'view', version: v })} onCompare={(older, newer) => openMode({ kind: 'diff', older, newer })}
              onRevert={(v) => void doc.revert(v)} />
          )}
        </div>
      )}
      {insert && (
        <InsertMenu at={insert.at} descriptors={descriptors} onClose={() => setInsert(null)}
          onPick={(d) => { edit.insertOn(insert.edgeId, d); setInsert(null); }} />
      )}
      {dialog === 'help' && <HelpPanel onClose={() => setDialog(null)} />}
      {dialog === 'run' && <RunDialog definitionId={definitionId} inputs={state.graph.definition.inputs ?? []} person={person} onClose={() => setDialog(null)} />}
      {doc.conflict && (
        <Dialog title="Someone else changed this workflow" onClose={() => doc.setConflict(null)}
          actions={<>
            <button type="button" onClick={exportJson}>Download my version</button>
            <button type="button" onClick={() => void doc.reload()}>Load their version</button>
            <button type="button" className="primary" onClick={() => doc.setConflict(null)}>Keep editing</button>
          </>}>
          <p>{doc.conflict.detail}</p>
          <p className="hint">Nothing was overwritten. Loading their version replaces your unsaved edits; download yours first to keep them.</p>
        </Dialog>
      )}
      {blocker.state === 'blocked' && (
        <Dialog title="Leave without saving?" onClose={() => blocker.reset()}
          actions={<>
            <button type="button" className="danger" onClick={() => blocker.proceed()}>Leave and lose the changes</button>
            <button type="button" className="primary" onClick={() => blocker.reset()}>Stay</button>
          </>}>
          <p>{state.graph.definition.name || definitionId} has changes that are not saved.</p>
        </Dialog>
      )}
    </div>
  );
}
