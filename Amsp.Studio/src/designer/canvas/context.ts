import { createContext } from 'react';
import type { XY } from '../model/types';

/** What the canvas's nodes and edges can ask of the page (kept out of their data so it never breaks memoization). */
export interface CanvasActionsApi {
  resize(id: string, box: { x: number; y: number; width: number; height: number }, done: boolean): void;
  insertOn(edgeId: string, at: XY): void;
}

export const CanvasActions = createContext<CanvasActionsApi>({ resize: () => {}, insertOn: () => {} });
