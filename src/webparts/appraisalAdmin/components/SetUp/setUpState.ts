/** The set-up screen's state, driven by the provisioning use case's events. */
import type { ProvisioningEvent, ProvisioningFailure } from '../../../../app/provisionSite';
import type { ProvisioningStep } from '../../../../data/ports';

/** How one step is going. */
export type StepStatus = 'pending' | 'running' | 'done' | 'failed';

/** The screen's state. */
export interface SetUpState {
  phase: 'idle' | 'running' | 'failed' | 'done';
  steps: Array<{ step: ProvisioningStep; status: StepStatus }>;
  waitingSeconds: number | undefined;
  failure: ProvisioningFailure | undefined;
}

/** What can happen. */
export type SetUpAction =
  | { type: 'start' }
  | { type: 'event'; event: ProvisioningEvent }
  | { type: 'finished' }
  | { type: 'stopped'; failure: ProvisioningFailure };

/** Nothing started yet. */
export const initialSetUpState: SetUpState = { phase: 'idle', steps: [], waitingSeconds: undefined, failure: undefined };

function withStatus(state: SetUpState, id: string, status: StepStatus): SetUpState {
  return { ...state, waitingSeconds: undefined, steps: state.steps.map((s) => (s.step.id === id ? { ...s, status } : s)) };
}

/** Applies one action. */
export function setUpReducer(state: SetUpState, action: SetUpAction): SetUpState {
  switch (action.type) {
    case 'start':
      return { ...state, phase: 'running', failure: undefined };
    case 'finished':
      return { ...state, phase: 'done', waitingSeconds: undefined };
    case 'stopped':
      return { ...state, phase: 'failed', failure: action.failure, waitingSeconds: undefined };
    case 'event': {
      const { event } = action;
      switch (event.kind) {
        case 'planned':
          return { ...state, steps: event.steps.map((step) => ({ step, status: 'pending' })) };
        case 'started':
          return withStatus(state, event.step.id, 'running');
        case 'waiting':
          return { ...state, waitingSeconds: event.seconds };
        case 'done':
          return withStatus(state, event.step.id, 'done');
        case 'failed':
          return withStatus(state, event.step.id, 'failed');
        default: {
          const unreachable: never = event;
          return unreachable;
        }
      }
    }
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}
