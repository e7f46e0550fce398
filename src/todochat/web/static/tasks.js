// The task panel: what the assistant's tool calls change, shown as it lands, with
// check-off, delete and add by hand through the REST API, and the recently deleted tasks
// (the trash) with Restore. Every change made here offers Undo (`onChanged`).

import {ApiError} from './api.js';
import {h, icon, relativeTime, toast} from './dom.js';

const EMPTY = {
  all: 'Nothing pending. Ask the assistant to add something.',
  today: 'Nothing due today.',
  upcoming: 'Nothing due in the next 7 days.',
  overdue: 'Nothing overdue.',
  deleted: 'Nothing deleted lately. Deleted tasks wait here for a while, ready to restore.',
};
const TITLES = {
  all: 'Pending', today: 'Due today', upcoming: 'Next 7 days', overdue: 'Overdue',
  deleted: 'Recently deleted',
};

/** The edit form's tags field: "Work, #home" -> ["work", "home"] (the server normalises). */
function parseTags(text) {
  return text.split(',').map((tag) => tag.trim()).filter(Boolean);
}

export class TaskPanel {
  constructor({onChanged = () => {}} = {}) {
    this.api = null;
    this.onChanged = onChanged;
    this.pendingList = document.getElementById('pending-tasks');
    this.completedList = document.getElementById('completed-tasks');
    this.pendingEmpty = document.getElementById('pending-empty');
    this.completedGroup = document.getElementById('completed-group');
    this.completedCount = document.getElementById('completed-count');
    this.summary = document.getElementById('task-summary');
    this.badge = document.getElementById('pending-badge');
    this.pendingTitle = document.getElementById('pending-title');
    this.known = null; // id -> "completed" flag seen last time, to highlight changes
    this.generation = 0;
    this.timer = 0;
    this.view = 'all';
    this.viewButtons = [...document.querySelectorAll('#task-views [data-view]')];
    for (const button of this.viewButtons) {
      button.addEventListener('click', () => this.show(button.dataset.view));
    }
    this.dialog = new TaskDialog((task) => {
      this.onChanged(`Saved "${task.title}"`);
      this.refresh();
    }, (what, error) => this.fail(what, error));

    const form = document.getElementById('add-task');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = form.elements.title;
      const title = input.value.trim();
      if (!title || !this.api) return;
      input.disabled = true;
      try {
        await this.api.addTask(title);
        input.value = '';
        this.onChanged(`Added "${title}"`);
        await this.refresh();
      } catch (error) {
        this.fail('Could not add the task', error);
      } finally {
        input.disabled = false;
        input.focus();
      }
    });
  }

  setApi(api) {
    this.api = api;
    this.known = null;
    this.dialog.api = api;
    this.clear();
  }

  /** Switch between All, Today, Upcoming and Overdue. */
  show(view) {
    this.view = view in EMPTY ? view : 'all';
    for (const button of this.viewButtons) {
      button.setAttribute('aria-pressed', String(button.dataset.view === this.view));
    }
    this.known = null;
    this.refresh();
  }

  clear() {
    this.pendingList.replaceChildren();
    this.completedList.replaceChildren();
    this.summary.textContent = '';
    this.badge.hidden = true;
  }

  fail(what, error) {
    if (error instanceof ApiError && error.status === 401) return;
    toast(`${what}: ${error.message}`);
  }

  /** Reload soon; several tool results in a row cost one request. */
  refreshSoon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 150);
  }

  async refresh() {
    if (!this.api) return;
    const generation = ++this.generation;
    let page;
    try {
      page = await this.api.listTasks(this.view);
    } catch (error) {
      this.fail('Could not load tasks', error);
      return;
    }
    if (generation !== this.generation) return; // a newer refresh is on its way
    this.render(page.items);
  }

  render(tasks) {
    const previous = this.known;
    this.known = new Map(tasks.map((task) => [task.id, task.completed]));
    const changed = (task) => previous !== null && previous.get(task.id) !== task.completed;
    const all = this.view === 'all';
    const trash = this.view === 'deleted';
    // All: newest first; the date views come soonest first from the server, and the trash
    // latest deleted first.
    const pending = trash ? tasks : tasks.filter((task) => !task.completed);
    if (all) pending.reverse();
    const completed = all ? tasks.filter((task) => task.completed).reverse() : [];
    const row = (task) => (trash ? this.trashRow(task) : this.row(task, changed(task)));
    this.pendingList.replaceChildren(...pending.map(row));
    this.completedList.replaceChildren(...completed.map((task) => this.row(task, changed(task))));
    this.pendingTitle.textContent = TITLES[this.view];
    this.pendingEmpty.textContent = EMPTY[this.view];
    this.pendingEmpty.hidden = pending.length > 0;
    this.completedGroup.hidden = completed.length === 0;
    this.completedCount.textContent = `(${completed.length})`;
    const noun = {overdue: 'overdue', deleted: 'deleted'}[this.view] || 'due';
    this.summary.textContent = all
      ? `${pending.length} pending · ${completed.length} done`
      : `${pending.length} ${noun}`;
    if (all) {
      this.badge.textContent = String(pending.length);
      this.badge.hidden = pending.length === 0;
    }
  }

  row(task, highlight) {
    const toggle = h('input', {
      type: 'checkbox',
      checked: task.completed,
      'aria-label': task.completed ? `Mark "${task.title}" as not done` : `Mark "${task.title}" as done`,
      onchange: () => this.toggle(task, toggle),
    });
    const meta = [
      h('span', {class: 'task-id'}, `#${task.id}`),
      task.priority && task.priority !== 'none'
        ? h('span', {class: `priority priority-${task.priority}`, title: 'Priority'},
          icon('flag'), task.priority)
        : null,
      task.due_text
        ? h('span', {class: `due${task.overdue ? ' overdue' : ''}`},
          task.overdue ? `Overdue · ${task.due_text}` : `Due ${task.due_text}`)
        : null,
      task.repeat_text
        ? h('span', {class: 'repeat', title: 'Repeats'}, icon('repeat'), task.repeat_text)
        : null,
      ...(task.tags || []).map((tag) => h('span', {class: 'tag'}, `#${tag}`)),
    ];
    return h('li', {class: `task${task.completed ? ' done' : ''}${highlight ? ' flash' : ''}`,
      dataset: {taskId: task.id}},
      h('label', {class: 'task-check'}, toggle, h('span', {class: 'checkmark'}, icon('check'))),
      h('div', {class: 'task-body'},
        h('span', {class: 'task-title'}, task.title),
        task.description ? h('span', {class: 'task-description'}, task.description) : null,
        h('span', {class: 'task-meta'}, meta)),
      h('div', {class: 'task-actions'},
        h('button', {
          type: 'button', class: 'icon-button task-edit', 'aria-label': `Edit "${task.title}"`,
          title: 'Edit', onclick: () => this.dialog.open(task),
        }, icon('pencil')),
        h('button', {
          type: 'button', class: 'icon-button task-delete', 'aria-label': `Delete "${task.title}"`,
          title: 'Delete', onclick: () => this.remove(task),
        }, icon('trash'))));
  }

  /** A task in the trash: its title, when it was deleted, and Restore. */
  trashRow(task) {
    const deleted = task.deleted_at ? `Deleted ${relativeTime(task.deleted_at)}` : 'Deleted';
    return h('li', {class: 'task deleted', dataset: {taskId: task.id}},
      h('div', {class: 'task-body'},
        h('span', {class: 'task-title'}, task.title),
        h('span', {class: 'task-meta'}, h('span', {class: 'task-id'}, `#${task.id}`), deleted)),
      h('div', {class: 'task-actions'},
        h('button', {
          type: 'button', class: 'button ghost task-restore', 'aria-label': `Restore "${task.title}"`,
          onclick: () => this.restore(task),
        }, 'Restore')));
  }

  async toggle(task, checkbox) {
    checkbox.disabled = true;
    try {
      const updated = await this.api.toggleTask(task.id);
      this.onChanged(`${updated.completed ? 'Completed' : 'Reopened'} "${task.title}"`);
    } catch (error) {
      this.fail('Could not update the task', error);
    }
    await this.refresh();
  }

  async remove(task) {
    try {
      await this.api.deleteTask(task.id);
      this.onChanged(`Deleted "${task.title}"`);
    } catch (error) {
      this.fail('Could not delete the task', error);
    }
    await this.refresh();
  }

  async restore(task) {
    try {
      await this.api.restoreTask(task.id);
      this.onChanged(`Restored "${task.title}"`);
    } catch (error) {
      this.fail('Could not restore the task', error);
    }
    await this.refresh();
  }
}

/** The edit dialog: title, due date and repeat in words, priority and tags; sends only what
 * changed, and shows the server's answer when it cannot read the words. */
class TaskDialog {
  constructor(onSaved, fail) {
    this.api = null;
    this.task = null;
    this.onSaved = onSaved;
    this.fail = fail;
    this.element = document.getElementById('task-dialog');
    this.form = document.getElementById('task-form');
    this.error = document.getElementById('task-form-error');
    this.shown = {};
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    document.getElementById('task-cancel').addEventListener('click', () => this.element.close());
  }

  open(task) {
    this.task = task;
    const fields = this.form.elements;
    this.shown = {
      title: task.title,
      due: task.due_text || '',
      repeat: task.repeat_text || '',
      priority: task.priority || 'none',
      tags: (task.tags || []).join(', '),
    };
    for (const [name, value] of Object.entries(this.shown)) fields[name].value = value;
    this.error.textContent = '';
    this.element.showModal();
    fields.due.focus();
  }

  /** The fields the user changed, as the API takes them. */
  changes() {
    const fields = this.form.elements;
    const changed = {};
    for (const name of Object.keys(this.shown)) {
      const value = fields[name].value.trim();
      if (value === this.shown[name]) continue;
      changed[name] = name === 'tags' ? parseTags(value) : value;
    }
    return changed;
  }

  async save() {
    const changed = this.changes();
    if (!Object.keys(changed).length) {
      this.element.close();
      return;
    }
    const button = this.form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const saved = await this.api.updateTask(this.task.id, changed);
      this.element.close();
      this.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) this.error.textContent = error.message;
      else {
        this.element.close();
        this.fail('Could not save the task', error);
      }
    } finally {
      button.disabled = false;
    }
  }
}
