/** <textarea> and text <input>: the value is the model (Google Messages, Tinder). */
import type { Reading } from './dom';

export const isTextField = (el: Element): el is HTMLTextAreaElement | HTMLInputElement =>
  el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';

export function readTextField(el: HTMLTextAreaElement | HTMLInputElement): Reading {
  let caret: number | null = null;
  try {
    caret = el.ownerDocument.activeElement === el ? el.selectionEnd : null;
  } catch {
    // Some input types have no selection.
  }
  return { text: el.value, caret };
}
