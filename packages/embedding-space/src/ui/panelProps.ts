import type { Locale } from '@tensorscope/common';
import type { ExplorerController, ExplorerState } from '../core/explorerController.js';
import type { ExplorerMessages } from './messages.js';

/** What every side panel of the explorer gets: the controller, its state, and a way to pick a point. */
export interface ExplorerPanelProps {
  controller: ExplorerController;
  state: ExplorerState;
  /** Selects (and flies to) a point, e.g. a neighbour clicked in a list. */
  onPick: (index: number) => void;
  messages: ExplorerMessages;
  locale: Locale;
}
