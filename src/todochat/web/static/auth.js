// Signing in and out. The session (token and user) lives in sessionStorage, so it ends
// with the tab, unless the person asks to stay signed in: then localStorage, until
// "Log out" clears both.

import {ApiError, auth} from './api.js';

const KEY = 'todochat.session';

function stores() {
  return [window.sessionStorage, window.localStorage];
}

/** The saved session, if any and not yet expired. */
export function loadSession() {
  for (const store of stores()) {
    try {
      const session = JSON.parse(store.getItem(KEY) || 'null');
      if (!session || !session.token || !session.user || !session.user.id) continue;
      if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) {
        store.removeItem(KEY);
        continue;
      }
      return session;
    } catch {
      store.removeItem(KEY);
    }
  }
  return null;
}

export function saveSession(session, remember) {
  clearSession();
  (remember ? window.localStorage : window.sessionStorage).setItem(KEY, JSON.stringify(session));
}

export function clearSession() {
  for (const store of stores()) store.removeItem(KEY);
}

/** The `exp` of a JWT as an ISO date, read without verifying (the server verifies). */
function tokenExpiry(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '=')));
    return typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : null;
  } catch {
    return null;
  }
}

/** Wire the sign-in card; `onSignedIn(session)` runs after a successful sign-in. */
export function setupAuthView(onSignedIn) {
  const view = document.getElementById('auth-view');
  const segments = view.querySelectorAll('[data-auth-mode]');
  const forms = view.querySelectorAll('[data-auth-form]');

  function showMode(mode) {
    for (const segment of segments) {
      segment.setAttribute('aria-pressed', String(segment.dataset.authMode === mode));
    }
    for (const form of forms) {
      form.hidden = form.dataset.authForm !== mode;
      form.querySelector('.form-error').textContent = '';
    }
    const form = view.querySelector(`[data-auth-form="${mode}"]`);
    form.querySelector('input, textarea').focus();
  }

  for (const segment of segments) {
    segment.addEventListener('click', () => showMode(segment.dataset.authMode));
  }

  async function submit(form, signIn) {
    const error = form.querySelector('.form-error');
    const button = form.querySelector('button[type="submit"]');
    error.textContent = '';
    const invalid = [...form.elements].find((el) => el.willValidate && !el.checkValidity());
    if (invalid) {
      const label = invalid.closest('label')?.querySelector('span')?.firstChild?.textContent.trim();
      error.textContent = `${label || 'A field'}: ${invalid.validationMessage}`;
      invalid.focus();
      return;
    }
    button.disabled = true;
    try {
      const session = await signIn(new FormData(form));
      saveSession(session, form.elements.remember.checked);
      form.reset();
      onSignedIn(session);
    } catch (err) {
      error.textContent = err instanceof ApiError ? err.message : 'Something went wrong. Try again.';
    } finally {
      button.disabled = false;
    }
  }

  function fromTokenResponse(body) {
    return {token: body.token, expiresAt: body.expires_at, user: body.user};
  }

  view.querySelector('#login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submit(event.currentTarget, async (data) => fromTokenResponse(
      await auth.login(data.get('email').trim(), data.get('password'))));
  });

  view.querySelector('#register-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submit(event.currentTarget, async (data) => fromTokenResponse(await auth.register(
      data.get('email').trim(), data.get('password'), data.get('name').trim() || null)));
  });

  view.querySelector('#token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submit(event.currentTarget, async (data) => {
      const token = data.get('token').trim().replace(/^Bearer\s+/i, '');
      const user = await auth.me(token);
      return {token, expiresAt: tokenExpiry(token), user};
    });
  });

  return {
    /** Show the card, with an optional note such as "Your session has ended". */
    show(notice = '') {
      view.hidden = false;
      view.querySelector('#auth-notice').textContent = notice;
      showMode('login');
    },
    hide() {
      view.hidden = true;
    },
  };
}
