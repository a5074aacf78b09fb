import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ContentState, Editor, EditorState, type DraftHandleValue } from 'draft-js';
import { registerComposer } from './bridge';

export interface DraftComposerState {
  editorState: EditorState;
  setEditorState: (s: EditorState) => void;
  /** Plain text from the Draft ContentState. */
  text: string;
  canSubmit: boolean;
  clear(): void;
  editorRef: React.RefObject<Editor | null>;
  focus(): void;
}

/**
 * Owns a Draft.js EditorState and exposes it to window.__replica (editorText / isSubmitEnabled).
 * `enabled(text)` decides whether the site's submit control is enabled.
 */
export function useDraftComposer(
  name: string,
  priority: number,
  enabled: (text: string) => boolean,
): DraftComposerState {
  const [editorState, setEditorStateRaw] = useState(() => EditorState.createEmpty());
  const stateRef = useRef(editorState);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  const editorRef = useRef<Editor | null>(null);
  const setEditorState = useCallback((s: EditorState) => {
    stateRef.current = s;
    setEditorStateRaw(s);
  }, []);
  useEffect(
    () =>
      registerComposer({
        name,
        priority,
        getText: () => stateRef.current.getCurrentContent().getPlainText('\n'),
        canSubmit: () => enabledRef.current(stateRef.current.getCurrentContent().getPlainText('\n')),
      }),
    [name, priority],
  );
  const text = useMemo(() => editorState.getCurrentContent().getPlainText('\n'), [editorState]);
  const clear = useCallback(() => {
    const empty = EditorState.push(stateRef.current, ContentState.createFromText(''), 'remove-range');
    setEditorState(EditorState.moveFocusToEnd(empty));
  }, [setEditorState]);
  const focus = useCallback(() => editorRef.current?.focus(), []);
  return { editorState, setEditorState, text, canSubmit: enabled(text), clear, editorRef, focus };
}

export interface DraftBoxProps {
  c: DraftComposerState;
  editorKey: string;
  placeholder: string;
  ariaLabel?: string;
  testId?: string;
  spellCheck?: boolean;
  /** 'ctrl-enter': Ctrl/Cmd+Enter submits (X). 'enter': Enter without Shift submits (TikTok). */
  submitKey: 'ctrl-enter' | 'enter';
  onSubmit(): void;
  onEscape?(): void;
}

/** A real Draft.js editor, as X and TikTok use. */
export function DraftBox(p: DraftBoxProps): React.JSX.Element {
  const handleReturn = (e: React.KeyboardEvent): DraftHandleValue => {
    const submit = p.submitKey === 'enter' ? !e.shiftKey : e.ctrlKey || e.metaKey;
    if (!submit) return 'not-handled';
    p.onSubmit();
    return 'handled';
  };
  return (
    <Editor
      ref={p.c.editorRef}
      editorKey={p.editorKey}
      editorState={p.c.editorState}
      onChange={p.c.setEditorState}
      placeholder={p.placeholder}
      ariaLabel={p.ariaLabel}
      ariaMultiline
      webDriverTestID={p.testId}
      spellCheck={p.spellCheck ?? true}
      stripPastedStyles
      handleReturn={handleReturn}
      onEscape={p.onEscape ? () => p.onEscape?.() : undefined}
    />
  );
}
