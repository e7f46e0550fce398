// The conversation sidebar: newest first, switch, rename in place, delete.

import {ApiError} from './api.js';
import {confirmDialog, h, icon, relativeTime, toast} from './dom.js';

export const UNTITLED = 'New conversation';

export class ConversationList {
  /** `onSelect(id)` opens a conversation; `onDeleted(id)` runs after one is deleted. */
  constructor({onSelect, onDeleted}) {
    this.api = null;
    this.list = document.getElementById('conversation-list');
    this.empty = document.getElementById('conversations-empty');
    this.onSelect = onSelect;
    this.onDeleted = onDeleted;
    this.items = [];
    this.activeId = null;
    this.generation = 0;
  }

  setApi(api) {
    this.api = api;
    this.items = [];
    this.activeId = null;
    this.render();
  }

  ids() {
    return new Set(this.items.map((item) => item.id));
  }

  title(id) {
    return this.items.find((item) => item.id === id)?.title || UNTITLED;
  }

  setActive(id) {
    this.activeId = id;
    for (const button of this.list.querySelectorAll('.conversation-open')) {
      const active = Number(button.dataset.id) === id;
      if (active) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
  }

  async refresh() {
    if (!this.api) return;
    const generation = ++this.generation;
    try {
      const page = await this.api.listConversations();
      if (generation !== this.generation) return;
      this.items = page.items;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) {
        toast(`Could not load conversations: ${error.message}`);
      }
      return;
    }
    this.render();
  }

  render() {
    this.list.replaceChildren(...this.items.map((item) => this.row(item)));
    this.empty.hidden = this.items.length > 0;
  }

  row(item) {
    const title = item.title || UNTITLED;
    const open = h('button', {
      type: 'button', class: 'conversation-open', dataset: {id: item.id},
      'aria-current': item.id === this.activeId ? 'page' : null,
      onclick: () => this.onSelect(item.id),
    },
    h('span', {class: 'conversation-title'}, title),
    h('span', {class: 'conversation-time'}, relativeTime(item.updated_at)));
    const li = h('li', {class: 'conversation'}, open,
      h('div', {class: 'conversation-actions'},
        h('button', {type: 'button', class: 'icon-button small', title: 'Rename',
          'aria-label': `Rename "${title}"`, onclick: () => this.startRename(li, item)},
        icon('pencil')),
        h('button', {type: 'button', class: 'icon-button small', title: 'Delete',
          'aria-label': `Delete "${title}"`, onclick: () => this.remove(item)},
        icon('trash'))));
    return li;
  }

  startRename(li, item) {
    const input = h('input', {
      type: 'text', class: 'rename-input', value: item.title || '', maxlength: 200,
      'aria-label': 'Conversation title',
    });
    let finished = false;
    const finish = async (save) => {
      if (finished) return;
      finished = true;
      const title = input.value.trim();
      if (save && title && title !== item.title) {
        try {
          await this.api.renameConversation(item.id, title);
          item.title = title;
        } catch (error) {
          toast(`Could not rename: ${error.message}`);
        }
      }
      this.render();
      this.list.querySelector(`.conversation-open[data-id="${item.id}"]`)?.focus();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); finish(true); }
      if (event.key === 'Escape') { event.preventDefault(); finish(false); }
    });
    input.addEventListener('blur', () => finish(true));
    li.replaceChildren(h('form', {class: 'rename-form', onsubmit: (e) => e.preventDefault()}, input));
    input.focus();
    input.select();
  }

  async remove(item) {
    const ok = await confirmDialog({
      title: 'Delete conversation?',
      text: `"${item.title || UNTITLED}" and its messages will be deleted. Your tasks stay.`,
    });
    if (!ok) return;
    try {
      await this.api.deleteConversation(item.id);
    } catch (error) {
      toast(`Could not delete: ${error.message}`);
      return;
    }
    this.items = this.items.filter((other) => other.id !== item.id);
    this.render();
    this.onDeleted(item.id);
  }
}
