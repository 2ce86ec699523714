// How a node or a connection is marked on the canvas: by a diff between versions, or by an instance's run.

export type NodeTone = 'added' | 'removed' | 'changed' | 'same'
  | 'Scheduled' | 'Running' | 'Suspended' | 'Completed' | 'Faulted' | 'Cancelled' | 'idle';

export interface NodeMark {
  tone: NodeTone;
  /** A short word shown on the node (the status, or "added"). */
  label?: string;
}

export type EdgeTone = 'added' | 'removed' | 'changed' | 'same' | 'followed' | 'idle';
