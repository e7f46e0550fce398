// The Undo bar: after every change, by hand or by the assistant, one click takes back the
// latest change to the user's tasks (POST /undo reverts the latest change group, whoever
// made it, so it also takes back a change made in another tab or app meanwhile).

import {ApiError} from './api.js';
import {toast} from './dom.js';

// Tools whose success changes tasks, and what the bar says after each.
const CHANGES = {
  add_task: 'Added', complete_task: 'Completed', delete_task: 'Deleted',
  update_task: 'Updated', restore_task: 'Restored',
};

export class UndoBar {
  constructor({onUndone}) {
    this.api = null;
    this.onUndone = onUndone;
    this.element = document.getElementById('undo-bar');
    this.text = document.getElementById('undo-text');
    this.button = document.getElementById('undo-button');
    this.button.addEventListener('click', () => this.undo());
    document.getElementById('undo-close').addEventListener('click', () => this.hide());
  }

  setApi(api) {
    this.api = api;
    this.hide();
  }

  /** Show the bar for a change just made: "Deleted "Buy milk"" and Undo. */
  offer(text) {
    this.text.textContent = text;
    this.button.disabled = false;
    this.element.hidden = false;
  }

  /** After an assistant's tool result: offer Undo when it changed a task. */
  offerForTool(event) {
    const verb = CHANGES[event && event.name];
    const result = event && event.result;
    if (event && event.name === 'undo') this.hide();
    if (!verb || !result || typeof result !== 'object') return;
    this.offer(result.title ? `${verb} "${result.title}"` : `${verb} a task`);
  }

  hide() {
    this.element.hidden = true;
  }

  async undo() {
    if (!this.api) return;
    this.button.disabled = true;
    try {
      const result = await this.api.undo();
      this.hide();
      toast(`Undone: ${result.summary}`);
    } catch (error) {
      this.hide();
      if (error instanceof ApiError && error.status === 409) toast('Nothing to undo.');
      else if (!(error instanceof ApiError && error.status === 401)) {
        toast(`Could not undo: ${error.message}`);
      }
    } finally {
      this.button.disabled = false;
    }
    this.onUndone();
  }
}
