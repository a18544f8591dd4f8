/* Teixit participant page: join with the code, say who you are, add ties, send, see and correct.
   Plain script, no libraries, no network but this page's own server. Every name is shown with
   textContent (never as HTML). */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('teixit-data').textContent);
  var S = data.strings;
  var L = data.labels;
  var KEY_CODE = 'teixit.code';
  var KEY_TOKEN = 'teixit.token';
  var KEY_DRAFT = 'teixit.draft';
  var state = { code: null, token: null, actors: [], byKey: {}, lastView: null, tieSeq: 0, formStarted: false,
    sentTies: [] };

  function $(id) { return document.getElementById(id); }

  var store = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* private mode */ } },
    drop: function (k) { try { window.localStorage.removeItem(k); } catch (e) { /* private mode */ } }
  };
  /* What is typed but not sent yet, kept for this tab only: switching language reloads the page. */
  var drafts = {
    get: function () {
      try { return JSON.parse(window.sessionStorage.getItem(KEY_DRAFT) || 'null'); } catch (e) { return null; }
    },
    set: function (v) { try { window.sessionStorage.setItem(KEY_DRAFT, JSON.stringify(v)); } catch (e) { /* full */ } },
    drop: function () { try { window.sessionStorage.removeItem(KEY_DRAFT); } catch (e) { /* private mode */ } }
  };

  function fmt(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (m, i) { return args[i] === undefined ? m : String(args[i]); });
  }

  var MARKS;
  try { MARKS = new RegExp('\\p{M}+', 'gu'); } catch (e) { MARKS = /[\u0300-\u036f]+/g; }

  /* The same folding as the server: case, accents and runs of spaces ignored. */
  function fold(name) {
    return (name || '').normalize('NFD').replace(MARKS, '').replace(/\u00b7/g, '.')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function say(text, kind) {
    var near = !$('answers').hidden;
    var el = $(near ? 'form-status' : 'status');
    $(near ? 'status' : 'form-status').textContent = '';
    el.textContent = text || '';
    el.className = 'status' + (kind ? ' ' + kind : '');
  }

  function show(id) {
    ['join', 'answers', 'done'].forEach(function (x) { $(x).hidden = x !== id; });
    document.querySelector('details.about').open = false; // else it pushes the next step off the screen
    window.scrollTo(0, 0);
  }

  function call(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (state.code) { headers['X-Teixit-Code'] = state.code; }
    var init = { method: method, headers: headers, cache: 'no-store', credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (res) {
      return res.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: res.status, body: json };
      });
    });
  }

  function problem(res) {
    switch (res.status) {
      case 403: return S['join-failed'];
      case 413: return S['too-large'];
      case 429: return S['too-many'];
      case 400: return fmt(S.invalid, (res.body && res.body.message) || '');
      default: return S['server-error'];
    }
  }

  function networkDown() { say(S['network-error'], 'error'); }

  // ------------------------------------------------------------------ actors for autocompletion

  function setActors(list) {
    state.actors = Array.isArray(list) ? list : [];
    state.byKey = {};
    state.actors.forEach(function (a) {
      a.key = fold(a.label);
      if (!state.byKey[a.key]) { state.byKey[a.key] = a; }
    });
    checkName();
  }

  /* Names on the map matching what is typed (anywhere in the name, ignoring case and accents), those
     starting with it first, each group in alphabetical order. Our own list rather than a datalist: the same on every phone, and big enough
     to tap. */
  var MAX_SUGGESTIONS = 6;

  function matches(text) {
    var key = fold(text);
    if (!key || state.byKey[key]) { return []; }
    var starts = [];
    var inside = [];
    state.actors.forEach(function (a) {
      var at = a.key.indexOf(key);
      if (at === 0) { starts.push(a); } else if (at > 0) { inside.push(a); }
    });
    var byName = function (a, b) { return a.label.localeCompare(b.label, data.lang); };
    return starts.sort(byName).concat(inside.sort(byName)).slice(0, MAX_SUGGESTIONS);
  }

  function suggest(input) {
    var label = input.closest('label');
    var box = label.nextElementSibling;
    if (!box || !box.classList.contains('suggest')) {
      state.suggestSeq = (state.suggestSeq || 0) + 1;
      box = document.createElement('ul');
      box.className = 'suggest';
      box.id = 'suggest-' + state.suggestSeq;
      box.setAttribute('role', 'listbox');
      label.parentNode.insertBefore(box, label.nextSibling);
      input.setAttribute('aria-controls', box.id);
      input.setAttribute('aria-autocomplete', 'list');
    }
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var found = document.activeElement === input ? matches(input.value) : [];
    found.forEach(function (a) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      var b = document.createElement('button');
      b.type = 'button';
      var name = document.createElement('bdi');
      name.textContent = a.label;
      b.appendChild(name);
      // pointerdown would blur the input first and hide the list before the tap lands
      b.addEventListener('pointerdown', function (e) { e.preventDefault(); });
      b.addEventListener('mousedown', function (e) { e.preventDefault(); });
      b.addEventListener('click', function () {
        input.value = a.label;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        suggest(input);
      });
      li.appendChild(b);
      box.appendChild(li);
    });
    box.hidden = !found.length;
    input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
  }

  function withSuggestions(input) {
    input.setAttribute('role', 'combobox');
    input.addEventListener('input', function () { suggest(input); });
    input.addEventListener('focus', function () { suggest(input); });
    input.addEventListener('blur', function () { suggest(input); });
    input.addEventListener('keydown', function (e) {
      var box = $(input.getAttribute('aria-controls') || '');
      if (e.key === 'Escape' && box && !box.hidden) {
        box.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        e.preventDefault();
      }
    });
  }

  function refreshActors() {
    return call('GET', '/api/actors').then(function (res) {
      if (res.status === 200) { setActors(res.body); }
      return res;
    });
  }

  // ------------------------------------------------------------------ join

  function join(code) {
    state.code = code;
    say(S.joining);
    return refreshActors().then(function (res) {
      if (res.status !== 200) {
        state.code = null;
        store.drop(KEY_CODE);
        show('join');
        say(res.status === 403 ? S['join-failed'] : problem(res), 'error');
        return;
      }
      store.set(KEY_CODE, code);
      say('');
      var draft = drafts.get();
      if (state.formStarted) {
        show('answers'); // the code changed while answering: keep what was typed
      } else if (draft) {
        if (draft.own && state.token) { state.lastView = { respondent: draft.own }; }
        startForm(draft); // typed before the page was reloaded (e.g. another language)
      } else if (state.token) {
        loadMine();
      } else {
        startForm(null);
      }
    }, function () { state.code = null; show('join'); networkDown(); });
  }

  // ------------------------------------------------------------------ the form

  /* The actor this participant's own earlier answer put on the map: its kind and setting stay theirs to correct. */
  function ownActor() {
    var v = state.token && state.lastView;
    return v && v.respondent && v.respondent.editable ? v.respondent : null;
  }

  function checkName() {
    var input = $('name');
    var key = fold(input.value);
    var known = state.byKey[key];
    var own = ownActor();
    var hint = $('name-known');
    if (input.value.trim() && own && fold(own.name) === key) {
      hint.textContent = S['own-actor'];
      hint.hidden = false;
      $('new-hint').hidden = true;
      $('new-fields').hidden = false;
    } else if (input.value.trim() && known) {
      hint.textContent = fmt(S['known-actor'], known.label);
      hint.hidden = false;
      $('new-fields').hidden = true;
    } else {
      hint.hidden = true;
      $('new-hint').hidden = false;
      $('new-fields').hidden = false;
    }
  }

  function renumber() {
    var items = $('ties').querySelectorAll('.tie');
    Array.prototype.forEach.call(items, function (li, i) {
      li.querySelector('.tie-title').textContent = fmt(S['tie-heading'], i + 1);
    });
    $('add-tie').hidden = items.length >= data.maxTies;
  }

  function addTie(tie) {
    var li = $('tie-template').content.firstElementChild.cloneNode(true);
    state.tieSeq += 1;
    var group = 'strength-' + state.tieSeq;
    Array.prototype.forEach.call(li.querySelectorAll('input[type=radio]'), function (r) { r.name = group; });
    li.querySelector('.remove').addEventListener('click', function () {
      li.parentNode.removeChild(li);
      renumber();
    });
    if (tie) {
      li.querySelector('.to').value = tie.to || '';
      li.querySelector('.tie-kind').value = tie.kind || '';
      Array.prototype.forEach.call(li.querySelectorAll('input[name=dimension]'), function (c) {
        c.checked = (tie.dimensions || []).indexOf(c.value) >= 0;
      });
      Array.prototype.forEach.call(li.querySelectorAll('input[type=radio]'), function (r) {
        r.checked = String(tie.strength || 3) === r.value;
      });
    }
    withSuggestions(li.querySelector('.to'));
    $('ties').appendChild(li);
    renumber();
    return li;
  }

  function startForm(view) {
    state.formStarted = true;
    var list = $('ties');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    $('name').value = view ? view.respondent.name : '';
    $('kind').value = view ? (view.respondent.kind || '') : '';
    $('setting').value = view ? (view.respondent.setting || '') : '';
    if (!$('kind').value) { $('kind').value = ''; } // a kind the page does not offer: "not sure"
    if (!$('setting').value) { $('setting').value = ''; }
    if (view && view.ties.length) {
      view.ties.forEach(function (t) { addTie(t); });
    } else {
      addTie(null);
    }
    checkName();
    show('answers');
  }

  function collect() {
    var ties = [];
    state.sentTies = [];
    Array.prototype.forEach.call($('ties').querySelectorAll('.tie'), function (li) {
      var to = li.querySelector('.to').value.trim();
      li.classList.remove('invalid');
      li.querySelector('.tie-error').textContent = '';
      li.querySelector('.to').removeAttribute('aria-invalid');
      if (!to) { return; }
      state.sentTies.push(li);
      var dims = [];
      Array.prototype.forEach.call(li.querySelectorAll('input[name=dimension]:checked'), function (c) {
        dims.push(c.value);
      });
      var strength = li.querySelector('input[type=radio]:checked');
      ties.push({
        to: to,
        kind: li.querySelector('.tie-kind').value,
        dimensions: dims,
        strength: strength ? parseInt(strength.value, 10) : 3
      });
    });
    var body = {
      code: state.code,
      respondent: { name: $('name').value.trim(), kind: $('kind').value, setting: $('setting').value },
      ties: ties
    };
    if (state.token) { body.token = state.token; }
    return body;
  }

  /* Marks the tie the server (or the check before sending) found wrong, and takes the phone there. */
  function blameTie(li, message) {
    if (!li) { say(message, 'error'); return; }
    say('');
    li.classList.add('invalid');
    li.querySelector('.tie-error').textContent = message;
    var input = li.querySelector('.to');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    if (input.scrollIntoView) { input.scrollIntoView({ block: 'center' }); }
  }

  function saveDraft() {
    if (!$('answers').hidden && state.formStarted) {
      var body = collect();
      drafts.set({ respondent: body.respondent, ties: body.ties, own: ownActor() });
    }
  }

  function send(event) {
    event.preventDefault();
    var body = collect();
    if (!body.respondent.name) {
      say(S['need-name'], 'error');
      $('name').focus();
      return;
    }
    var self = fold(body.respondent.name);
    for (var i = 0; i < body.ties.length; i++) {
      if (fold(body.ties[i].to) === self) {
        blameTie(state.sentTies[i], S['self-tie']);
        return;
      }
    }
    var correcting = !!state.token;
    var button = $('send');
    button.disabled = true;
    say(S.sending);
    call('POST', '/api/responses', body).then(function (res) {
      button.disabled = false;
      if (res.status === 201 || res.status === 202) {
        state.token = res.body.token;
        store.set(KEY_TOKEN, state.token);
        drafts.drop();
        state.formStarted = false;
        showDone(res.body, res.status === 202 ? S['sent-pending'] : (correcting ? S.corrected : S.sent));
        refreshActors();
      } else if (res.status === 403) {
        state.code = null;
        store.drop(KEY_CODE);
        show('join');
        say(S['join-failed'], 'error');
      } else {
        var at = res.status === 400 && res.body && /^ties\[(\d+)\]/.exec(res.body.field || '');
        if (at) {
          blameTie(state.sentTies[parseInt(at[1], 10)], problem(res));
        } else {
          say(problem(res), 'error');
        }
      }
    }, function () { button.disabled = false; networkDown(); });
  }

  // ------------------------------------------------------------------ what I said

  function loadMine() {
    say(S.loading);
    call('GET', '/api/responses/mine?token=' + encodeURIComponent(state.token)).then(function (res) {
      if (res.status === 200) {
        say('');
        showDone(res.body, res.body.status === 'pending' ? S['pending-note'] : '');
      } else {
        state.token = null;
        store.drop(KEY_TOKEN);
        startForm(null);
        say(res.status === 404 ? S['lost-token'] : problem(res), res.status === 404 ? '' : 'error');
      }
    }, networkDown);
  }

  function label(category, id) {
    return (L[category] && L[category][id]) || id || '';
  }

  function showDone(view, message) {
    state.lastView = view;
    show('done');
    say('');
    $('done-text').textContent = message || '';
    $('done-text').hidden = !message;
    $('mine-who').textContent = view.respondent.name;
    var list = $('mine-list');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!view.ties.length) {
      var none = document.createElement('li');
      none.textContent = S['mine-empty'];
      list.appendChild(none);
    }
    view.ties.forEach(function (t) {
      var li = document.createElement('li');
      var who = document.createElement('bdi');
      who.textContent = t.to;
      var strong = document.createElement('strong');
      strong.appendChild(who);
      li.appendChild(strong);
      var parts = [];
      if (t.kind) { parts.push(label('tie-kind', t.kind)); }
      parts.push(fmt(S['strength-of'], t.strength));
      var small = document.createElement('span');
      small.className = 'details';
      small.textContent = parts.join(' · ');
      li.appendChild(small);
      if ((t.dimensions || []).length) {
        // the short name of each dimension: its plain words up to the colon ("Know-how: they share…")
        var dims = document.createElement('span');
        dims.className = 'details dims';
        dims.textContent = t.dimensions.map(function (d) { return label('dimension', d).split(':')[0]; }).join(', ');
        li.appendChild(dims);
      }
      list.appendChild(li);
    });
    $('done-title').focus();
  }

  // ------------------------------------------------------------------ start

  $('join-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var code = $('code').value.replace(/\D/g, '');
    if (code.length < 4 || code.length > 6) {
      say(S['join-needed'], 'error');
      return;
    }
    join(code);
  });
  $('answers').addEventListener('submit', send);
  $('add-tie').addEventListener('click', function () {
    var li = addTie(null);
    li.querySelector('.to').focus();
  });
  $('name').addEventListener('input', checkName);
  withSuggestions($('name'));
  /* Enter (a phone's Go key) in a text box goes to the next box; only the button sends the answers. */
  $('answers').addEventListener('keydown', function (event) {
    var t = event.target;
    if (event.key !== 'Enter' || t.tagName !== 'INPUT' || t.type === 'checkbox' || t.type === 'radio') { return; }
    event.preventDefault();
    var fields = Array.prototype.filter.call($('answers').querySelectorAll('input, select, button'), function (f) {
      return f.offsetParent !== null && !f.disabled && f.type !== 'radio' && f.type !== 'checkbox';
    });
    var next = fields[fields.indexOf(t) + 1];
    if (next && next.tagName !== 'BUTTON') { next.focus(); } else { t.blur(); }
  });
  $('correct').addEventListener('click', function () { say(''); startForm(state.lastView); });
  $('someone-else').addEventListener('click', function () {
    state.token = null;
    state.lastView = null;
    store.drop(KEY_TOKEN);
    say('');
    startForm(null);
  });
  /* Leaving the page (another language, a reload) keeps what was typed for when it comes back. */
  window.addEventListener('pagehide', saveDraft);
  Array.prototype.forEach.call(document.querySelectorAll('.langs a'), function (a) {
    a.addEventListener('click', saveDraft);
  });

  state.token = store.get(KEY_TOKEN);
  var params = new URLSearchParams(window.location.search);
  var fromUrl = (params.get('code') || '').replace(/\D/g, '');
  if (fromUrl) {
    params.delete('code');
    var rest = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : ''));
  }
  var code = fromUrl || store.get(KEY_CODE);
  if (code) {
    $('code').value = code;
    join(code);
  } else {
    show('join');
  }
}());
