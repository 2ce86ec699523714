// The designer's keyboard shortcuts: one table for the key handler and for the help panel, so they cannot drift.

export type Command =
  | 'save' | 'undo' | 'redo' | 'delete' | 'copy' | 'cut' | 'paste' | 'duplicate' | 'selectAll' | 'deselect'
  | 'layout' | 'fit' | 'zoomIn' | 'zoomOut' | 'toggleSnap' | 'help' | 'nudgeLeft' | 'nudgeRight' | 'nudgeUp' | 'nudgeDown'
  | 'nudgeLeftFar' | 'nudgeRightFar' | 'nudgeUpFar' | 'nudgeDownFar' | 'publish' | 'focusPalette';

export interface Shortcut {
  command: Command;
  /** As shown: Ctrl stands for Cmd on a Mac. */
  keys: string[];
  description: string;
  /** Hidden from the help panel (variants of a listed shortcut). */
  hidden?: boolean;
}

export const shortcuts: Shortcut[] = [
  { command: 'save', keys: ['Ctrl+S'], description: 'Save the draft' },
  { command: 'publish', keys: ['Ctrl+Shift+P'], description: 'Save and publish' },
  { command: 'undo', keys: ['Ctrl+Z'], description: 'Undo' },
  { command: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], description: 'Redo' },
  { command: 'delete', keys: ['Delete', 'Backspace'], description: 'Delete the selection' },
  { command: 'copy', keys: ['Ctrl+C'], description: 'Copy the selected activities' },
  { command: 'cut', keys: ['Ctrl+X'], description: 'Cut the selected activities' },
  { command: 'paste', keys: ['Ctrl+V'], description: 'Paste' },
  { command: 'duplicate', keys: ['Ctrl+D'], description: 'Duplicate the selection' },
  { command: 'selectAll', keys: ['Ctrl+A'], description: 'Select everything' },
  { command: 'deselect', keys: ['Escape'], description: 'Clear the selection, close a panel' },
  { command: 'layout', keys: ['Shift+L'], description: 'Lay out automatically' },
  { command: 'fit', keys: ['Shift+F'], description: 'Fit the workflow in view' },
  { command: 'zoomIn', keys: ['+', '='], description: 'Zoom in' },
  { command: 'zoomOut', keys: ['-'], description: 'Zoom out' },
  { command: 'toggleSnap', keys: ['Shift+G'], description: 'Snap to grid on or off' },
  { command: 'nudgeLeft', keys: ['ArrowLeft'], description: 'Move the selection by one grid step (Shift: five)' },
  { command: 'nudgeRight', keys: ['ArrowRight'], description: '', hidden: true },
  { command: 'nudgeUp', keys: ['ArrowUp'], description: '', hidden: true },
  { command: 'nudgeDown', keys: ['ArrowDown'], description: '', hidden: true },
  { command: 'nudgeLeftFar', keys: ['Shift+ArrowLeft'], description: '', hidden: true },
  { command: 'nudgeRightFar', keys: ['Shift+ArrowRight'], description: '', hidden: true },
  { command: 'nudgeUpFar', keys: ['Shift+ArrowUp'], description: '', hidden: true },
  { command: 'nudgeDownFar', keys: ['Shift+ArrowDown'], description: '', hidden: true },
  { command: 'focusPalette', keys: ['/'], description: 'Search the palette' },
  { command: 'help', keys: ['?'], description: 'Show these shortcuts' },
];

/** The key as written in the table: modifiers first, Cmd counted as Ctrl. */
export function keyName(e: KeyboardEvent): string {
  const parts: string[] = [];
  if (e.ctrlKey || e.metaKey) parts.push('Ctrl');
  const symbol = e.key.length === 1 && !/[a-z0-9]/i.test(e.key);
  if (e.shiftKey && !symbol) parts.push('Shift');
  if (e.altKey) parts.push('Alt');
  parts.push(e.key.length === 1 ? e.key.toUpperCase() : e.key);
  return parts.join('+');
}

const byKey = new Map(shortcuts.flatMap((s) => s.keys.map((k) => [k.toUpperCase(), s.command] as const)));

export function commandFor(e: KeyboardEvent): Command | undefined {
  return byKey.get(keyName(e).toUpperCase());
}

/** Typing into a field or the code editor keeps its keys. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest?.('.cm-editor');
}
