// Small DOM helpers. Text always goes in as text nodes, never as HTML, so nothing the
// model or a user writes can become markup.

/**
 * Make an element: h('li', {class: 'task', dataset: {id: 3}}, 'text', otherNode).
 * Attributes starting with "on" become listeners; `false`/`null` attributes are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A copy of the inline SVG icon `<template id="icon-NAME">` from index.html. */
export function icon(name) {
  const template = document.getElementById(`icon-${name}`);
  if (!template) return document.createTextNode('');
  return template.content.firstElementChild.cloneNode(true);
}

/** "just now", "5 min ago", "Yesterday", "Mar 4": short times for lists. */
export function relativeTime(iso) {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const seconds = (Date.now() - then.getTime()) / 1000;
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  const today = new Date();
  if (then.toDateString() === today.toDateString()) {
    return then.toLocaleTimeString(undefined, {hour: 'numeric', minute: '2-digit'});
  }
  const yesterday = new Date(today);
  yesterday.setDate(today.getDate() - 1);
  if (then.toDateString() === yesterday.toDateString()) return 'Yesterday';
  const sameYear = then.getFullYear() === today.getFullYear();
  return then.toLocaleDateString(undefined, sameYear
    ? {month: 'short', day: 'numeric'}
    : {year: 'numeric', month: 'short', day: 'numeric'});
}

let toastTimer = 0;

/** Show a short message in the status line at the bottom of the screen. */
export function toast(message) {
  const el = document.getElementById('toast');
  el.textContent = message;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 5000);
}

/** Ask a yes/no question in the page's modal dialog; resolves to true on confirm. */
export function confirmDialog({title, text, confirmLabel = 'Delete'}) {
  const dialog = document.getElementById('confirm-dialog');
  dialog.querySelector('#confirm-title').textContent = title;
  dialog.querySelector('#confirm-text').textContent = text;
  dialog.querySelector('#confirm-ok').textContent = confirmLabel;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), {once: true});
    dialog.showModal();
    dialog.querySelector('button[value="cancel"]').focus();
  });
}
