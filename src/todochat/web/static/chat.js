// The chat pane: renders a conversation, sends a message, and streams the reply in as
// the server writes it. Model text is only ever set as text, never parsed as HTML.

import {ApiError, newMessageId} from './api.js';
import {h, icon} from './dom.js';

const VERBS = {
  created: 'added', completed: 'completed', deleted: 'deleted', updated: 'updated',
  restored: 'restored',
};
const PENDING = {
  add_task: 'adding', complete_task: 'completing', delete_task: 'deleting',
  update_task: 'updating', list_tasks: 'listing tasks', restore_task: 'restoring',
  undo: 'undoing',
};
const RESUME_ATTEMPTS = 5;
const RESUME_PAUSE_MS = 300;
const ICONS = {
  added: 'plus', completed: 'check', deleted: 'trash', updated: 'pencil', restored: 'repeat',
  undone: 'repeat',
};
const TONES = {
  added: 'success', completed: 'success', deleted: 'neutral', updated: 'accent',
  restored: 'success', undone: 'accent',
};

/** A tool call as a chip: its label, icon and tone (success, accent, neutral, error). */
export function describeToolCall(name, args = {}, result = undefined) {
  const id = (value) => (value === undefined || value === null ? '' : `#${value}`);
  if (result === undefined) {
    const what = args.title ? ` ${args.title}` : args.task_id !== undefined ? ` #${args.task_id}` : '';
    return {label: `${PENDING[name] || name.replace(/_/g, ' ')}${what}…`, icon: 'spinner', tone: 'neutral'};
  }
  if (typeof result === 'string') {
    const label = `${name.replace(/_/g, ' ')} failed: ${result}`;
    return {label, icon: 'alert', tone: 'error', detail: result};
  }
  if (Array.isArray(result)) {
    const status = args.status && args.status !== 'all' ? `${args.status} ` : '';
    const count = result.length;
    return {label: `listed ${count} ${status}task${count === 1 ? '' : 's'}`, icon: 'list', tone: 'neutral'};
  }
  if (result && typeof result === 'object' && result.status === 'undone') {
    return {label: `undone: ${result.summary || ''}`.trim(), icon: ICONS.undone, tone: TONES.undone};
  }
  if (result && typeof result === 'object') {
    const verb = VERBS[result.status] || result.status || name.replace(/_/g, ' ');
    const label = [verb, id(result.task_id ?? args.task_id), result.title].filter(Boolean).join(' ');
    return {label, icon: ICONS[verb] || 'check', tone: TONES[verb] || 'success'};
  }
  return {label: name.replace(/_/g, ' '), icon: 'check', tone: 'neutral'};
}

function chip(info) {
  return h('li', {class: `chip chip-${info.tone}`, title: info.detail || null},
    icon(info.icon), h('span', {}, info.label));
}

/** One assistant reply being built: chips for tool calls above the streamed text. */
class Reply {
  constructor() {
    this.chips = h('ul', {class: 'chips', 'aria-label': 'Actions'});
    this.chips.hidden = true;
    this.text = h('div', {class: 'message-text'});
    this.typing = h('div', {class: 'typing', 'aria-label': 'Assistant is typing'},
      h('span'), h('span'), h('span'));
    this.status = h('div', {class: 'message-status'});
    this.el = h('article', {class: 'message assistant', 'aria-busy': 'true'},
      h('div', {class: 'avatar', 'aria-hidden': 'true'}, icon('spark')),
      h('div', {class: 'message-body'},
        h('h3', {class: 'visually-hidden'}, 'Assistant'),
        this.chips, this.text, this.typing, this.status));
    this.calls = new Map();
  }

  appendText(delta) {
    if (!delta) return;
    this.typing.remove();
    this.text.append(document.createTextNode(delta));
  }

  setText(text) {
    this.typing.remove();
    this.text.textContent = text || '';
  }

  toolCall(call, result = undefined) {
    this.typing.remove();
    const node = chip(describeToolCall(call.name, call.arguments || {}, result));
    const previous = call.id ? this.calls.get(call.id) : null;
    if (previous) previous.node.replaceWith(node);
    else this.chips.append(node);
    if (call.id) this.calls.set(call.id, {call, node});
    this.chips.hidden = false;
  }

  toolResult(event) {
    const known = this.calls.get(event.id);
    const call = known ? known.call : {id: event.id, name: event.name, arguments: {}};
    this.toolCall(call, event.result);
  }

  finish() {
    this.typing.remove();
    this.el.removeAttribute('aria-busy');
    if (!this.text.textContent && this.chips.hidden && !this.status.childNodes.length) {
      this.text.textContent = '(no reply)';
      this.text.classList.add('muted');
    }
  }

  note(text) {
    this.status.replaceChildren(h('span', {class: 'note'}, text));
  }

  /** The turn paused for approval: what waits, with Approve and Reject buttons. */
  askApproval(approval, onAnswer) {
    const buttons = [
      h('button', {type: 'button', class: 'button small danger', onclick: () => answer(true)},
        'Approve'),
      h('button', {type: 'button', class: 'button small', onclick: () => answer(false)},
        'Reject'),
    ];
    const answer = (approve) => {
      for (const button of buttons) button.disabled = true;
      onAnswer(approve);
    };
    const actions = h('ul', {class: 'approval-actions'},
      ...(approval.actions || []).map((action) => h('li', {}, action.summary || action.name)));
    this.approvalBox = h('div', {class: 'approval', role: 'group', 'aria-label': 'Approval needed'},
      actions, h('div', {class: 'approval-buttons'}, ...buttons));
    this.status.replaceChildren(this.approvalBox);
  }

  /** The approval was answered, or left behind by a new message: no more buttons. */
  closeApproval(text) {
    if (!this.approvalBox) return;
    this.approvalBox = null;
    this.note(text);
  }

  error(message, onRetry) {
    this.status.replaceChildren(h('div', {class: 'inline-error', role: 'alert'},
      icon('alert'), h('span', {}, message),
      onRetry ? h('button', {type: 'button', class: 'button small', onclick: onRetry}, 'Retry') : null));
  }
}

export class ChatPane {
  /**
   * `onTasksChanged()` runs after every tool result; `onTurnEnd(conversationId)` after
   * each reply (the id is null when a stopped reply never named its conversation).
   */
  constructor({onTasksChanged, onTurnEnd}) {
    this.api = null;
    this.conversationId = null;
    this.streaming = false;
    this.controller = null;
    this.loadGeneration = 0;
    this.pendingApproval = null; // the reply showing Approve and Reject, if any
    this.onTasksChanged = onTasksChanged;
    this.onTurnEnd = onTurnEnd;
    this.messages = document.getElementById('messages');
    this.welcome = document.getElementById('welcome');
    this.form = document.getElementById('composer');
    this.input = document.getElementById('message-input');
    this.sendButton = document.getElementById('send');
    this.stopButton = document.getElementById('stop');

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener('input', () => this.autosize());
    this.stopButton.addEventListener('click', () => this.stop());
    for (const button of this.welcome.querySelectorAll('.suggestion')) {
      button.addEventListener('click', () => this.send(button.textContent.trim()));
    }
  }

  setApi(api) {
    this.stop();
    this.api = api;
    this.showEmpty();
  }

  autosize() {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight, 200)}px`;
  }

  focus() {
    this.input.focus();
  }

  nearBottom() {
    const {scrollTop, scrollHeight, clientHeight} = this.messages;
    return scrollHeight - scrollTop - clientHeight < 120;
  }

  scrollToBottom(force = false) {
    if (force || this.stickToBottom) this.messages.scrollTop = this.messages.scrollHeight;
  }

  /** An empty, new conversation. */
  showEmpty() {
    this.loadGeneration++;
    this.conversationId = null;
    this.pendingApproval = null;
    this.messages.replaceChildren(this.welcome);
    this.welcome.hidden = false;
  }

  /** Load and show a conversation's history; false when it does not exist (404). */
  async open(id) {
    if (this.streaming) this.stop();
    const generation = ++this.loadGeneration;
    this.conversationId = id;
    this.pendingApproval = null;
    this.messages.replaceChildren(h('div', {class: 'loading'}, 'Loading…'));
    let history;
    try {
      history = await this.api.recentMessages(id);
    } catch (error) {
      if (generation !== this.loadGeneration) return true; // superseded: not ours to judge
      this.messages.replaceChildren(h('div', {class: 'inline-error', role: 'alert'},
        icon('alert'), h('span', {}, error.message),
        h('button', {type: 'button', class: 'button small', onclick: () => this.open(id)}, 'Retry')));
      return !(error instanceof ApiError && error.status === 404);
    }
    if (generation !== this.loadGeneration) return true;
    let lastReply = null;
    const nodes = history.items.map((message) => {
      const node = this.renderStored(message);
      lastReply = message.role === 'user' ? null : node.reply;
      return node;
    });
    const approval = history.pendingApproval;
    if (approval && lastReply) {
      lastReply.askApproval(approval, (approve) => this.answer(approval, approve));
      this.pendingApproval = lastReply;
    }
    if (history.truncated) nodes.unshift(h('p', {class: 'note centered'}, 'Earlier messages are not shown.'));
    this.messages.replaceChildren(...nodes);
    if (!nodes.length) this.messages.replaceChildren(this.welcome);
    this.scrollToBottom(true);
    return true;
  }

  renderStored(message) {
    if (message.role === 'user') return this.userBubble(message.content);
    const reply = new Reply();
    for (const call of message.tool_calls || []) reply.toolCall(call, call.result ?? undefined);
    reply.setText(message.content);
    reply.finish();
    reply.el.reply = reply; // open() may add the Approve and Reject buttons
    return reply.el;
  }

  userBubble(text) {
    return h('article', {class: 'message user'},
      h('h3', {class: 'visually-hidden'}, 'You'),
      h('div', {class: 'message-text'}, text));
  }

  submit() {
    const text = this.input.value.trim();
    if (!text || this.streaming) return;
    this.input.value = '';
    this.autosize();
    this.send(text);
  }

  setStreaming(on) {
    this.streaming = on;
    this.input.disabled = on;
    this.sendButton.hidden = on;
    this.stopButton.hidden = !on;
    this.messages.setAttribute('aria-busy', String(on));
    if (!on) this.input.focus();
  }

  stop() {
    if (this.controller) this.controller.abort();
  }

  /**
   * Send one message and stream the reply into the pane. `messageId` is the message's
   * client_message_id: Retry sends the same one, so the server treats it as the same turn.
   */
  async send(text, messageId = newMessageId()) {
    if (this.streaming || !this.api) return;
    this.leaveApproval('Not answered: nothing was deleted.');
    this.welcome.remove();
    const question = this.userBubble(text);
    this.messages.append(question);
    await this.turn(
      (conversationId, signal, meta) => this.api.chat(text, conversationId, signal, messageId, meta),
      (reply) => {
        question.remove();
        reply.el.remove();
        this.send(text, messageId);
      });
  }

  /** Answer the pending approval (the Approve and Reject buttons): the turn resumes here. */
  async answer(approval, approve) {
    if (this.streaming || !this.api || this.conversationId == null) return;
    const pending = this.pendingApproval;
    this.pendingApproval = null;
    if (pending) pending.closeApproval(approve ? 'Approved' : 'Rejected: nothing was deleted.');
    await this.turn(
      (conversationId, signal, meta) =>
        this.api.answerApproval(conversationId, approval.id, approve, signal, meta),
      (reply) => {
        reply.el.remove();
        this.answer(approval, approve);
      });
  }

  leaveApproval(text) {
    if (this.pendingApproval) this.pendingApproval.closeApproval(text);
    this.pendingApproval = null;
  }

  /** One turn: a new reply streamed in from `start(conversationId, signal, meta)`. */
  async turn(start, retry) {
    const reply = new Reply();
    this.messages.append(reply.el);
    this.stickToBottom = true;
    this.scrollToBottom(true);
    this.setStreaming(true);

    const controller = new AbortController();
    this.controller = controller;
    const startedIn = this.conversationId;
    const onScroll = () => { this.stickToBottom = this.nearBottom(); };
    this.messages.addEventListener('scroll', onScroll);
    let conversationId = startedIn;
    let done = false;
    let failure = null;
    let stopped = false;
    let approval = null;
    const meta = {};
    let events = start(startedIn, controller.signal, meta);
    for (let resumes = 0; ; resumes++) {
      try {
        for await (const event of events) {
          if (typeof event.content === 'string') reply.appendText(event.content);
          else if (event.tool_call) reply.toolCall(event.tool_call);
          else if (event.tool_result) {
            reply.toolResult(event.tool_result);
            this.onTasksChanged(event.tool_result);
          } else if (event.approval_required) approval = event.approval_required;
          else if (event.error) failure = event.error.message || 'The assistant failed.';
          else if (event.done) {
            done = true;
            conversationId = event.conversation_id ?? conversationId;
          }
          this.scrollToBottom();
        }
        if (!done && !failure) failure = 'The reply ended before it was complete.';
      } catch (error) {
        if (error.name === 'AbortError') stopped = true;
        else failure = error.message || 'Something went wrong.';
        // A 503 names the conversation holding the message: Retry resends into it.
        if (error instanceof ApiError && error.conversationId) {
          conversationId = error.conversationId;
        }
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) break;
      }
      // The connection dropped mid-reply (the server did not end it): pick the reply up
      // where it stopped, from whichever server process answers.
      const dropped = !done && !stopped && meta.conversationId;
      if (!dropped || resumes >= RESUME_ATTEMPTS) break;
      failure = null;
      reply.note('Reconnecting…');
      await new Promise((resolve) => setTimeout(resolve, RESUME_PAUSE_MS * (resumes + 1)));
      if (controller.signal.aborted) {
        stopped = true;
        break;
      }
      reply.status.replaceChildren();
      events = this.api.resume(meta.conversationId, controller.signal, meta);
    }
    this.messages.removeEventListener('scroll', onScroll);
    if (this.controller === controller) this.controller = null;

    reply.finish();
    if (stopped) reply.note('Stopped');
    else if (failure) reply.error(failure, () => retry(reply));
    if (this.conversationId === startedIn) this.conversationId = conversationId;
    if (approval && done && !failure && this.conversationId === conversationId) {
      reply.askApproval(approval, (approve) => this.answer(approval, approve));
      this.pendingApproval = reply;
    }
    this.setStreaming(false);
    this.scrollToBottom();
    // Done, or failed in a conversation the server named: the pane follows it.
    this.onTurnEnd(done || conversationId !== startedIn ? conversationId : null, startedIn);
  }
}
