import { useSyncExternalStore } from 'react';
import type { DesignerState, DesignerStore } from './model/history';

/** The store's state in a component, re-rendered on every change of it. */
export function useStoreState(store: DesignerStore): DesignerState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
