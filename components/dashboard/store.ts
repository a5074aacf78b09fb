import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { send } from '../../lib/runtime/send';
import type { Summary, CrisisAlert } from '../../lib/metrics';
import type { SiteKey } from '../../lib/types';
import type { StorageHealth } from '../../lib/messaging';

interface DiagnosticRow {
  site: string;
  selector: string;
  lastSeenAt: number;
  count: number;
}

export interface SummaryReply {
  summary: Summary;
  crises: CrisisAlert[];
  accounts: string[];
  empty: boolean;
}

export type { StorageHealth };

export interface PopupState {
  storage: StorageHealth;
  loading: boolean;
  error: string | null;
  counts: Record<string, number>;
  diagnostics: DiagnosticRow[];
  data: SummaryReply | null;
  site: SiteKey | '';
  account: string;
  range: 7 | 30;
  load: () => Promise<void>;
  setFilter: (patch: Partial<Pick<PopupState, 'site' | 'account' | 'range'>>) => void;
}

export const createPopupStore = () => {
  let loads = 0;
  return createStore<PopupState>()((set, get) => ({
    storage: {},
    loading: true,
    error: null,
    counts: {},
    diagnostics: [],
    data: null,
    site: '',
    account: '',
    range: 7,
    load: async () => {
      // Only the latest request's answer is shown: a slow answer for the previous filter is dropped.
      const seq = ++loads;
      try {
        const { site, account } = get();
        const [overview, diagnostics, data] = await Promise.all([
          send<{ counts: Record<string, number>; storage?: StorageHealth }>('stats.overview', {}),
          send<DiagnosticRow[]>('diagnostics.list', {}),
          send<SummaryReply>('summary.get', { site: site || undefined, account: account || undefined }),
        ]);
        if (seq !== loads) return;
        set({
          loading: false,
          error: null,
          counts: overview.counts,
          storage: overview.storage ?? {},
          diagnostics,
          data,
        });
      } catch (err) {
        if (seq !== loads) return;
        // No figures from another filter under this one's error.
        set({ loading: false, error: String((err as Error)?.message ?? err), data: null });
      }
    },
    setFilter: (patch) => {
      set(patch);
      if ('site' in patch || 'account' in patch) void get().load();
    },
  }));
};

export const popupStore = createPopupStore();
export const usePopup = <T>(selector: (s: PopupState) => T): T => useStore(popupStore, selector);
