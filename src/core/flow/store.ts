/**
 * A tiny external store around `flowReducer`, shaped for React's `useSyncExternalStore`
 * (and usable without React: `subscribe` + `getSnapshot` + `dispatch`).
 */
import { flowReducer, initialFlowState, type FlowEvent, type FlowReducerState } from './reducer';

export interface FlowStore {
  getSnapshot(): FlowReducerState;
  /** Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  dispatch(event: FlowEvent): void;
}

/**
 * Creates a flow store.
 * @example
 * const store = createFlowStore();
 * store.subscribe(() => render(store.getSnapshot()));
 * store.dispatch({ type: 'wizard-loaded', wizard, generation: 0, now: Date.now() });
 */
export function createFlowStore(initial: FlowReducerState = initialFlowState()): FlowStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(event) {
      const next = flowReducer(state, event);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
