// The task panel: what the assistant's tool calls change, shown as it lands, with
// check-off, delete and add by hand through the REST API.

import {ApiError} from './api.js';
import {h, icon, toast} from './dom.js';

function dueLabel(due) {
  if (!due) return null;
  const date = new Date(due.length === 10 ? `${due}T00:00:00` : due);
  if (Number.isNaN(date.getTime())) return due;
  const options = due.length === 10
    ? {month: 'short', day: 'numeric'}
    : {month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'};
  return `Due ${date.toLocaleString(undefined, options)}`;
}

export class TaskPanel {
  constructor() {
    this.api = null;
    this.pendingList = document.getElementById('pending-tasks');
    this.completedList = document.getElementById('completed-tasks');
    this.pendingEmpty = document.getElementById('pending-empty');
    this.completedGroup = document.getElementById('completed-group');
    this.completedCount = document.getElementById('completed-count');
    this.summary = document.getElementById('task-summary');
    this.badge = document.getElementById('pending-badge');
    this.known = null; // id -> "completed" flag seen last time, to highlight changes
    this.generation = 0;
    this.timer = 0;

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
    this.clear();
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
      page = await this.api.listTasks();
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
    const pending = tasks.filter((task) => !task.completed).reverse(); // newest first
    const completed = tasks.filter((task) => task.completed).reverse();
    this.pendingList.replaceChildren(...pending.map((task) => this.row(task, changed(task))));
    this.completedList.replaceChildren(...completed.map((task) => this.row(task, changed(task))));
    this.pendingEmpty.hidden = pending.length > 0;
    this.completedGroup.hidden = completed.length === 0;
    this.completedCount.textContent = `(${completed.length})`;
    this.summary.textContent = `${pending.length} pending · ${completed.length} done`;
    this.badge.textContent = String(pending.length);
    this.badge.hidden = pending.length === 0;
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
      task.priority ? h('span', {class: `priority priority-${task.priority}`}, task.priority) : null,
      task.due_date ? h('span', {class: 'due'}, dueLabel(task.due_date)) : null,
    ];
    return h('li', {class: `task${task.completed ? ' done' : ''}${highlight ? ' flash' : ''}`,
      dataset: {taskId: task.id}},
      h('label', {class: 'task-check'}, toggle, h('span', {class: 'checkmark'}, icon('check'))),
      h('div', {class: 'task-body'},
        h('span', {class: 'task-title'}, task.title),
        task.description ? h('span', {class: 'task-description'}, task.description) : null,
        h('span', {class: 'task-meta'}, meta)),
      h('button', {
        type: 'button', class: 'icon-button task-delete', 'aria-label': `Delete "${task.title}"`,
        title: 'Delete', onclick: () => this.remove(task),
      }, icon('trash')));
  }

  async toggle(task, checkbox) {
    checkbox.disabled = true;
    try {
      await this.api.toggleTask(task.id);
    } catch (error) {
      this.fail('Could not update the task', error);
    }
    await this.refresh();
  }

  async remove(task) {
    try {
      await this.api.deleteTask(task.id);
      toast(`Deleted "${task.title}"`);
    } catch (error) {
      this.fail('Could not delete the task', error);
    }
    await this.refresh();
  }
}
