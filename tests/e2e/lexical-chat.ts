/**
 * A chat composer that is a real Lexical editor in plain-text mode, as WhatsApp, Messenger and
 * Instagram run it: Enter sends, Shift+Enter is a LineBreakNode.
 */
import { registerPlainText } from '@lexical/plain-text';
import { $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from 'lexical';

export function lexicalChat(root: HTMLElement, placeholder: HTMLElement | null, onSend: (text: string) => void) {
  const editor = createEditor({ namespace: 'fixture', onError: (e) => { throw e; } });
  editor.setRootElement(root);
  const unregister = registerPlainText(editor);
  const modelText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  const send = () => {
    const text = modelText();
    if (!text.trim()) return;
    onSend(text);
    editor.update(() => $getRoot().clear());
  };
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (event?.shiftKey) return false;
      event?.preventDefault();
      send();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
  editor.registerUpdateListener(() => {
    if (placeholder) placeholder.style.display = modelText() ? 'none' : '';
  });
  return { editor, modelText, send, destroy: () => { unregister(); editor.setRootElement(null); } };
}
