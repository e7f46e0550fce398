// todochat's web app: wires sign-in, the conversation sidebar, the chat pane and the
// task panel. Plain ES modules, no framework and no build step.

import {Api} from './api.js';
import {clearSession, loadSession, setupAuthView} from './auth.js';
import {ChatPane} from './chat.js';
import {ConversationList} from './conversations.js';
import {toast} from './dom.js';
import {TaskPanel} from './tasks.js';
import {UndoBar} from './undo.js';

const appView = document.getElementById('app-view');
const backdrop = document.getElementById('backdrop');
const drawers = {
  sidebar: {panel: document.getElementById('sidebar'), toggle: document.getElementById('toggle-sidebar')},
  tasks: {panel: document.getElementById('tasks-panel'), toggle: document.getElementById('toggle-tasks')},
};

let session = null;

const undoBar = new UndoBar({onUndone: () => tasks.refresh()});
const tasks = new TaskPanel({onChanged: (text) => undoBar.offer(text)});
const chat = new ChatPane({
  onTasksChanged: (result) => {
    undoBar.offerForTool(result);
    tasks.refreshSoon();
  },
  onTurnEnd: (conversationId, startedIn) => afterTurn(conversationId, startedIn),
});
const conversations = new ConversationList({
  onSelect: (id) => { closeDrawers(); navigate(id); },
  onDeleted: (id) => { if (chat.conversationId === id) navigate(null); },
});
const authView = setupAuthView((newSession) => start(newSession));

// --- the URL names the open conversation (#/c/12), so reload and back work ---

function conversationFromHash() {
  const match = /^#\/c\/(\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

function navigate(id) {
  const hash = id === null ? '' : `#/c/${id}`;
  if (window.location.hash === hash || (!hash && !window.location.hash)) showConversation(id);
  else window.location.hash = hash; // the hashchange listener opens it
}

function replaceHash(id) {
  const url = `${window.location.pathname}${window.location.search}${id === null ? '' : `#/c/${id}`}`;
  window.history.replaceState(null, '', url);
}

async function showConversation(id) {
  conversations.setActive(id);
  if (id === null) {
    chat.showEmpty();
    chat.focus();
    return;
  }
  const found = await chat.open(id);
  if (!found) {
    toast('That conversation no longer exists.');
    replaceHash(null);
    conversations.setActive(null);
    chat.showEmpty();
  }
}

window.addEventListener('hashchange', () => {
  if (session) showConversation(conversationFromHash());
});

// Follow a turn's conversation, unless the person has moved to another one meanwhile.
function followTurn(id, startedIn) {
  if (id !== null && (chat.conversationId === startedIn || chat.conversationId === id)) {
    chat.conversationId = id;
    conversations.setActive(id);
    if (conversationFromHash() !== id) replaceHash(id);
  }
}

async function afterTurn(conversationId, startedIn) {
  if (!session) return;
  tasks.refreshSoon();
  // The URL names the conversation as soon as the reply is done, not after the list below
  // is fetched: a reload right after the reply opens it.
  followTurn(conversationId, startedIn);
  const before = conversations.ids();
  await conversations.refresh();
  let id = conversationId;
  if (id === null && startedIn === null) {
    // A reply stopped before the server named its new conversation: adopt the one that
    // appeared, if exactly one did.
    const fresh = [...conversations.ids()].filter((other) => !before.has(other));
    if (fresh.length === 1) id = fresh[0];
  }
  followTurn(id, startedIn); // the list now holds it: mark it active there
}

// --- drawers on narrow screens ---

function setDrawer(name, open) {
  const {panel, toggle} = drawers[name];
  panel.classList.toggle('open', open);
  toggle.setAttribute('aria-expanded', String(open));
}

function closeDrawers() {
  for (const name of Object.keys(drawers)) setDrawer(name, false);
  backdrop.hidden = true;
}

for (const [name, {panel, toggle}] of Object.entries(drawers)) {
  toggle.addEventListener('click', () => {
    const open = !panel.classList.contains('open');
    closeDrawers();
    setDrawer(name, open);
    backdrop.hidden = !open;
    if (open) panel.querySelector('button, input, summary')?.focus();
  });
}
backdrop.addEventListener('click', closeDrawers);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !backdrop.hidden) {
    closeDrawers();
  }
});

// --- session ---

function start(newSession) {
  session = newSession;
  const api = new Api(session, () => signOut('Your session has ended. Please sign in again.'));
  authView.hide();
  appView.hidden = false;
  const user = session.user;
  document.getElementById('account-name').textContent = user.name || user.email || user.id;
  tasks.setApi(api);
  undoBar.setApi(api);
  conversations.setApi(api);
  chat.setApi(api);
  tasks.refresh();
  syncTimeZone(api, user);
  conversations.refresh().then(() => conversations.setActive(chat.conversationId));
  showConversation(conversationFromHash());
}

/** Today, overdue and "tomorrow 5pm" are computed in the user's time zone on the server:
 * tell it the browser's when they differ (after travelling, too). */
async function syncTimeZone(api, user) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || user.time_zone === zone) return;
  try {
    const updated = await api.setTimeZone(zone);
    user.time_zone = updated.time_zone;
    tasks.refresh();
  } catch {
    // An unknown zone or a failed request: the server keeps the one it has.
  }
}

function signOut(notice = '') {
  if (!session) return;
  session = null;
  clearSession();
  chat.stop();
  undoBar.hide();
  closeDrawers();
  appView.hidden = true;
  replaceHash(null);
  authView.show(notice);
}

document.getElementById('logout').addEventListener('click', () => signOut('You are signed out.'));
document.getElementById('new-conversation').addEventListener('click', () => {
  closeDrawers();
  navigate(null);
});

const saved = loadSession();
if (saved) start(saved);
else authView.show();
