import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { send } from '../../lib/runtime/send';

interface DiagnosticRow {
  site: string;
  selector: string;
  lastSeenAt: number;
  count: number;
}

export interface PopupState {
  loading: boolean;
  error: string | null;
  counts: Record<string, number>;
  diagnostics: DiagnosticRow[];
  load: () => Promise<void>;
}

export const createPopupStore = () =>
  createStore<PopupState>()((set) => ({
    loading: true,
    error: null,
    counts: {},
    diagnostics: [],
    load: async () => {
      try {
        const [overview, diagnostics] = await Promise.all([
          send<{ counts: Record<string, number> }>('stats.overview', {}),
          send<DiagnosticRow[]>('diagnostics.list', {}),
        ]);
        set({ loading: false, error: null, counts: overview.counts, diagnostics });
      } catch (err) {
        set({ loading: false, error: String((err as Error)?.message ?? err) });
      }
    },
  }));

export const popupStore = createPopupStore();
export const usePopup = <T,>(selector: (s: PopupState) => T): T => useStore(popupStore, selector);
