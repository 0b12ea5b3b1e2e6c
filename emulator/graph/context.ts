/** What every Graph route gets. */
import type { DirectoryState, DirectoryUser } from '../core/directory';
import type { GraphState } from './state';

/** The context of one Graph request. */
export interface GraphContext {
  state: GraphState;
  directory: DirectoryState;
  user: DirectoryUser;
  /** Graph's own `https://graph.microsoft.com/v1.0`, for nextLinks the client follows. */
  base: string;
  /** IANA zone and Outlook name the caller wants times in (Prefer: outlook.timezone; UTC by default). */
  zone: string;
  zoneName: string;
  changed(): void;
}
