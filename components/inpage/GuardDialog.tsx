import { useEffect, useRef } from 'react';
import { t } from '../../lib/i18n';

export interface GuardDialogProps {
  message: string;
  canSwitch: boolean;
  onCancel: () => void;
  onPostAnyway: () => void;
  onSwitch: () => void;
}

/** The hold dialog: says exactly what is wrong; keyboard operable; focus trapped while open. */
export function GuardDialog({ message, canSwitch, onCancel, onPostAnyway, onSwitch }: GuardDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const cancelBtn = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Where the user was (the reply box): focus goes back there when the dialog closes, whatever closes it.
    const before = document.activeElement;
    cancelBtn.current?.focus();
    // Focus never leaves while it is open: anything that takes it outside brings it back to Cancel.
    const keep = (e: FocusEvent) => {
      const root = dialog.current?.getRootNode() as ShadowRoot | undefined;
      if (root && e.target !== root.host) cancelBtn.current?.focus();
    };
    document.addEventListener('focusin', keep, true);
    return () => {
      document.removeEventListener('focusin', keep, true);
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    if (!focusable.length) return;
    const root = dialog.current!.getRootNode() as ShadowRoot;
    const i = focusable.indexOf(root.activeElement as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : i === focusable.length - 1 ? 0 : i + 1;
    e.preventDefault();
    focusable[next]!.focus();
  };
  return (
    <div
      className="fixed inset-0 z-[2147483647] flex items-center justify-center bg-black/40"
      onKeyDown={onKeyDown}
      // A click on the backdrop does not take focus out of the dialog.
      onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}
    >
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="riposte-guard-title"
        aria-describedby="riposte-guard-msg"
        data-testid="riposte-guard-dialog"
        className="w-[440px] max-w-[92vw] rounded-xl border-2 border-red-700 bg-white p-5 shadow-2xl"
      >
        <h2 id="riposte-guard-title" className="text-base font-bold text-red-800">
          ⛔ {t('guardTitle')}
        </h2>
        <p id="riposte-guard-msg" className="mt-2 text-sm text-slate-900" data-testid="riposte-guard-message">
          {message}
        </p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          {canSwitch && (
            <button type="button" className="rounded-md border border-slate-400 px-3 py-1.5 text-sm" onClick={onSwitch}>
              {t('guardSwitch')}
            </button>
          )}
          <button
            type="button"
            className="rounded-md border border-red-700 px-3 py-1.5 text-sm text-red-800"
            onClick={onPostAnyway}
          >
            {t('guardPostAnyway')}
          </button>
          <button
            ref={cancelBtn}
            type="button"
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white"
            onClick={onCancel}
          >
            {t('guardCancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
