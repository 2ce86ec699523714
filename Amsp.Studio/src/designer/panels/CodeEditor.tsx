// CodeMirror 6 for expressions: JavaScript or Liquid highlighting, completion of the names an expression can
// read (variables, input, outputs of other activities), and an insert() for the variable picker.
import { autocompletion, closeBrackets, type CompletionContext } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

export type CodeLanguage = 'javascript' | 'liquid' | 'json';

export interface CodeEditorHandle {
  insert(text: string): void;
}

interface Props {
  value: string;
  language: CodeLanguage;
  onChange: (value: string) => void;
  names: readonly string[];
  label: string;
  placeholder?: string;
  minLines?: number;
  id?: string;
}

/** Liquid: text with {{ output }} and {% tag %} blocks; enough to see where the template's code is. */
const liquid = StreamLanguage.define<{ close: string | null }>({
  startState: () => ({ close: null }),
  token(stream, state) {
    if (state.close) {
      if (stream.match(state.close)) {
        state.close = null;
        return 'brace';
      }
      if (stream.match(/^"[^"]*"|^'[^']*'/)) return 'string';
      if (stream.match(/^-?\d+(\.\d+)?/)) return 'number';
      if (stream.match(/^\|\s*[a-z_]+/)) return 'keyword';
      if (stream.match(/^(if|elsif|else|endif|for|endfor|in|and|or|assign|unless|endunless|case|when|endcase)\b/)) return 'keyword';
      if (stream.match(/^[\w.[\]'-]+/)) return 'variableName';
      stream.next();
      return null;
    }
    if (stream.match('{{')) {
      state.close = '}}';
      return 'brace';
    }
    if (stream.match('{%')) {
      state.close = '%}';
      return 'brace';
    }
    while (stream.next() != null && stream.peek() !== '{') { /* plain text */ }
    return null;
  },
});

function completions(names: readonly string[]) {
  return (context: CompletionContext) => {
    const word = context.matchBefore(/[\w.[\]'"-]*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    return {
      from: word.from,
      options: names.filter((n) => n.startsWith(word.text)).map((n) => ({ label: n, type: 'variable' })),
      validFor: /^[\w.[\]'"-]*$/,
    };
  };
}

export const CodeEditor = forwardRef<CodeEditorHandle, Props>(function CodeEditor(props, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const language: Extension = props.language === 'liquid' ? liquid : javascript();
    const view_ = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: props.value,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          language,
          syntaxHighlighting(defaultHighlightStyle),
          bracketMatching(),
          closeBrackets(),
          autocompletion({ override: [completions(props.names)] }),
          EditorView.lineWrapping,
          placeholderText(props.placeholder ?? ''),
          EditorView.contentAttributes.of({ 'aria-label': props.label, ...(props.id ? { id: props.id } : {}) }),
          EditorView.theme({ '.cm-content': { minHeight: `${(props.minLines ?? 1) * 1.45}em` } }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) latest.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = view_;
    return () => view_.destroy();
    // The editor is made once per language and set of names; value changes are applied below.
  }, [props.language, props.names.join('\n')]);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== props.value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: props.value } });
    }
  }, [props.value]);

  useImperativeHandle(ref, () => ({
    insert(text: string) {
      const v = view.current;
      if (!v) return;
      const { from, to } = v.state.selection.main;
      v.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length } });
      v.focus();
    },
  }));

  return <div className={`code-editor lang-${props.language}`} ref={host} />;
});
