// The designer's one store: the document, the selection and the history of changes. Each change is kept as the
// document before and after it (structurally shared, so cheap), which makes undo and redo exact: undo puts back
// the very object that was there, and the document is clean again when it is the one that was last saved.
import type { Graph } from './graph';

export interface Change {
  label: string;
  before: Graph;
  after: Graph;
  /** Consecutive changes with the same key (typing into one field) are one step of the history. */
  mergeKey?: string;
}

export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface DesignerState {
  graph: Graph;
  /** The document as last loaded or saved: the page is dirty while graph is another object. */
  saved: Graph;
  past: readonly Change[];
  future: readonly Change[];
  selection: Selection;
  /** The document when a gesture (a drag, a resize) began; its frames are not history until it ends. */
  gesture: Graph | null;
}

const nothing: Selection = { nodes: [], edges: [] };

export class DesignerStore {
  private state: DesignerState;
  private readonly listeners = new Set<() => void>();

  constructor(graph: Graph) {
    this.state = { graph, saved: graph, past: [], future: [], selection: nothing, gesture: null };
  }

  getState = (): DesignerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get dirty(): boolean {
    return this.state.graph !== this.state.saved;
  }

  get canUndo(): boolean {
    return this.state.past.length > 0;
  }

  get canRedo(): boolean {
    return this.state.future.length > 0;
  }

  /** Replaces the document and forgets the history (opening another definition or version). */
  load(graph: Graph) {
    this.set({ graph, saved: graph, past: [], future: [], selection: nothing, gesture: null });
  }

  /** Applies an edit as one step of the history; an edit that changes nothing leaves no trace. */
  apply(label: string, edit: (graph: Graph) => Graph, mergeKey?: string): boolean {
    this.end();
    const before = this.state.graph;
    const after = edit(before);
    if (after === before) return false;
    const last = this.state.past[this.state.past.length - 1];
    const past = mergeKey !== undefined && last?.mergeKey === mergeKey && last.after === before
      ? [...this.state.past.slice(0, -1), { ...last, after }]
      : [...this.state.past, { label, before, after, mergeKey }];
    this.set({ ...this.state, graph: after, past, future: [] });
    return true;
  }

  /** A gesture's frame: shown at once, recorded only when the gesture ends. */
  preview(edit: (graph: Graph) => Graph) {
    const gesture = this.state.gesture ?? this.state.graph;
    const graph = edit(this.state.graph);
    if (graph !== this.state.graph || gesture !== this.state.gesture) this.set({ ...this.state, graph, gesture });
  }

  /** Ends a gesture: what it changed becomes one step of the history. */
  end(label = 'Move') {
    const before = this.state.gesture;
    if (before === null) return;
    const after = this.state.graph;
    const past = after === before ? this.state.past : [...this.state.past, { label, before, after }];
    this.set({ ...this.state, past, future: after === before ? this.state.future : [], gesture: null });
  }

  undo() {
    this.end();
    const change = this.state.past[this.state.past.length - 1];
    if (!change) return;
    this.set({ ...this.state, graph: change.before, past: this.state.past.slice(0, -1), future: [change, ...this.state.future], selection: this.keep(change.before) });
  }

  redo() {
    this.end();
    const change = this.state.future[0];
    if (!change) return;
    this.set({ ...this.state, graph: change.after, past: [...this.state.past, change], future: this.state.future.slice(1), selection: this.keep(change.after) });
  }

  /** The label of what undo and redo would do, for their buttons' titles. */
  get nextUndo(): string | undefined {
    return this.state.past[this.state.past.length - 1]?.label;
  }

  get nextRedo(): string | undefined {
    return this.state.future[0]?.label;
  }

  /** The current document is what the server now has. */
  markSaved(graph: Graph = this.state.graph) {
    this.set({ ...this.state, graph, saved: graph });
  }

  select(selection: Selection) {
    const same = sameIds(selection.nodes, this.state.selection.nodes) && sameIds(selection.edges, this.state.selection.edges);
    if (!same) this.set({ ...this.state, selection });
  }

  private keep(graph: Graph): Selection {
    const nodes = new Set(graph.nodes.map((n) => n.id));
    const edges = new Set(graph.edges.map((e) => e.id));
    return { nodes: this.state.selection.nodes.filter((id) => nodes.has(id)), edges: this.state.selection.edges.filter((id) => edges.has(id)) };
  }

  private set(state: DesignerState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
