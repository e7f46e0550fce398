// The REST and streaming chat API, as the server documents it. Errors become ApiError
// with the server's own `detail` text, ready to show.

export class ApiError extends Error {
  /** `conversationId`: the conversation a failed chat message was stored in (a 503). */
  constructor(status, message, conversationId = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.conversationId = conversationId;
  }
}

/** Turn `{"detail": string | [{loc, msg}]}` into one readable sentence. */
export function describeDetail(body, status) {
  const detail = body && body.detail;
  if (typeof detail === 'string' && detail) return detail;
  if (Array.isArray(detail) && detail.length) {
    return detail.map((item) => {
      const loc = Array.isArray(item.loc) ? item.loc.filter((part) => part !== 'body') : [];
      const message = String(item.msg ?? 'is invalid').replace(/^Value error, /, '');
      return loc.length ? `${loc.join('.')}: ${message}` : message;
    }).join('; ');
  }
  if (status === 503) return 'The service is unavailable right now. Try again in a moment.';
  return `Request failed (${status}).`;
}

const OFFLINE = 'Cannot reach the server. Check that todochat is running.';

async function call(method, path, {token, body, signal, accept = 'application/json', extraHeaders = {}} = {}) {
  const headers = {Accept: accept, ...extraHeaders};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, OFFLINE);
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    const conversationId = Number(response.headers.get('X-Conversation-ID')) || null;
    throw new ApiError(response.status, describeDetail(data, response.status), conversationId);
  }
  return response;
}

async function json(response) {
  return response.status === 204 ? null : response.json();
}

/** Calls that need no session: sign up, log in, check a pasted token. */
export const auth = {
  async register(email, password, name) {
    return json(await call('POST', '/api/auth/register', {body: {email, password, name}}));
  },
  async login(email, password) {
    return json(await call('POST', '/api/auth/login', {body: {email, password}}));
  },
  async me(token) {
    return json(await call('GET', '/api/auth/me', {token}));
  },
};

// Changes the web app makes are logged with source "web" in the change log.
const CLIENT_HEADERS = {'X-Todochat-Client': 'web'};

/** The signed-in user's API. `onUnauthorized` runs when the token stops working. */
export class Api {
  constructor(session, onUnauthorized) {
    this.token = session.token;
    this.userId = session.user.id;
    this.onUnauthorized = onUnauthorized;
  }

  path(rest) {
    return `/api/${encodeURIComponent(this.userId)}${rest}`;
  }

  async send(method, rest, options = {}) {
    try {
      const extraHeaders = {...CLIENT_HEADERS, ...(options.extraHeaders || {})};
      return await call(method, this.path(rest), {...options, extraHeaders, token: this.token});
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.onUnauthorized(error);
      throw error;
    }
  }

  async request(method, rest, body) {
    return json(await this.send(method, rest, {body}));
  }

  /** One of the panel's views: all tasks, pending ones due today, this week, overdue, or the
   * trash (recently deleted, latest first). */
  listTasks(view = 'all') {
    const query = {
      all: 'status=all',
      deleted: 'status=deleted',
      today: 'status=pending&due=today&sort=due',
      upcoming: 'status=pending&due=week&sort=due',
      overdue: 'status=pending&due=overdue&sort=due',
    }[view] ?? 'status=all';
    return this.request('GET', `/tasks?${query}&limit=100`);
  }

  updateTask(id, fields) {
    return this.request('PATCH', `/tasks/${id}`, fields);
  }

  /** Tell the server the browser's time zone (today and overdue are computed in it). */
  async setTimeZone(timeZone) {
    try {
      const body = {time_zone: timeZone};
      return await json(await call('PATCH', '/api/auth/me', {token: this.token, body}));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.onUnauthorized(error);
      throw error;
    }
  }

  addTask(title) {
    return this.request('POST', '/tasks', {title});
  }

  toggleTask(id) {
    return this.request('PATCH', `/tasks/${id}/complete`);
  }

  deleteTask(id) {
    return this.request('DELETE', `/tasks/${id}`);
  }

  restoreTask(id) {
    return this.request('POST', `/tasks/${id}/restore`);
  }

  /** Revert the latest change to the user's tasks, whoever made it: {summary, tasks, ...}. */
  undo() {
    return this.request('POST', '/undo');
  }

  listConversations() {
    return this.request('GET', '/conversations?limit=100');
  }

  renameConversation(id, title) {
    return this.request('PATCH', `/conversations/${id}`, {title});
  }

  deleteConversation(id) {
    return this.request('DELETE', `/conversations/${id}`);
  }

  /**
   * The last `limit` messages of a conversation, oldest first, whether more exist, and the
   * approval its last reply waits for (null when none).
   */
  async recentMessages(id, limit = 100) {
    let page = await this.request('GET', `/conversations/${id}/messages?limit=${limit}`);
    if (page.total > page.items.length) {
      const offset = Math.max(0, page.total - limit);
      page = await this.request('GET', `/conversations/${id}/messages?limit=${limit}&offset=${offset}`);
    }
    return {
      items: page.items,
      truncated: page.total > page.items.length,
      pendingApproval: page.pending_approval || null,
    };
  }

  /**
   * Start a chat turn; yields the stream's JSON events until the server ends it.
   * `clientMessageId` names the message: sent again after a failure, it is the same turn.
   * `meta` learns the conversation's id and the last event's id, to resume a dropped reply.
   */
  async *chat(message, conversationId, signal, clientMessageId, meta = {}) {
    const body = {message};
    if (conversationId != null) body.conversation_id = conversationId;
    if (clientMessageId) body.client_message_id = clientMessageId;
    const response = await this.send('POST', '/chat', {body, signal, accept: 'text/event-stream'});
    const id = Number(response.headers.get('X-Conversation-ID'));
    if (id) meta.conversationId = id;
    yield* readEvents(response.body, meta);
  }

  /**
   * Answer the conversation's pending approval (a bulk delete); yields the events of the
   * resumed turn, like `chat`.
   */
  async *answerApproval(conversationId, approvalId, approve, signal, meta = {}) {
    const body = {conversation_id: conversationId, approval: {id: approvalId, approve}};
    const response = await this.send('POST', '/chat', {body, signal, accept: 'text/event-stream'});
    meta.conversationId = conversationId;
    yield* readEvents(response.body, meta);
  }

  /** The rest of a conversation's reply after `meta.lastEventId` (from any server process). */
  async *resume(conversationId, signal, meta = {}) {
    const extraHeaders = meta.lastEventId ? {'Last-Event-ID': meta.lastEventId} : {};
    const response = await this.send('GET', `/conversations/${conversationId}/stream`,
      {signal, accept: 'text/event-stream', extraHeaders});
    yield* readEvents(response.body, meta);
  }
}

/** A new id for a message (crypto.randomUUID needs https; getRandomValues does not). */
export function newMessageId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Parse a text/event-stream body into the JSON objects of its `data:` fields; the id of
 * the last event read goes into `meta.lastEventId`.
 */
export async function* readEvents(stream, meta = {}) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data = [];
  let id = null;
  const flush = function* () {
    if (!data.length) return;
    const text = data.join('\n');
    data = [];
    if (id !== null) meta.lastEventId = id;
    id = null;
    try {
      yield JSON.parse(text);
    } catch {
      // Not JSON (a keep-alive or a proxy's note): nothing to show.
    }
  };
  try {
    for (;;) {
      const {value, done} = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, {stream: true});
      let end;
      while ((end = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(buffer[end] === '\r' && buffer[end + 1] === '\n' ? end + 2 : end + 1);
        if (line === '') yield* flush();
        else if (line.startsWith('data:')) data.push(line.slice(line[5] === ' ' ? 6 : 5));
        else if (line.startsWith('id:')) id = line.slice(line[3] === ' ' ? 4 : 3);
      }
    }
    buffer += decoder.decode();
    if (buffer.startsWith('data:')) data.push(buffer.slice(buffer[5] === ' ' ? 6 : 5));
    yield* flush();
  } finally {
    reader.releaseLock();
  }
}
