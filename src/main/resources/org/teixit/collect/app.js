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
  var state = { code: null, token: null, actors: [], byKey: {}, lastView: null, tieSeq: 0, formStarted: false };

  function $(id) { return document.getElementById(id); }

  var store = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* private mode */ } },
    drop: function (k) { try { window.localStorage.removeItem(k); } catch (e) { /* private mode */ } }
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
    var el = $('status');
    el.textContent = text || '';
    el.className = 'status' + (kind ? ' ' + kind : '');
  }

  function show(id) {
    ['join', 'answers', 'done'].forEach(function (x) { $(x).hidden = x !== id; });
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
    var dl = $('actor-list');
    while (dl.firstChild) { dl.removeChild(dl.firstChild); }
    state.actors.forEach(function (a) {
      var key = fold(a.label);
      if (!state.byKey[key]) { state.byKey[key] = a; }
      var opt = document.createElement('option');
      opt.value = a.label;
      dl.appendChild(opt);
    });
    checkName();
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
      if (state.formStarted) {
        show('answers'); // the code changed while answering: keep what was typed
      } else if (state.token) {
        loadMine();
      } else {
        startForm(null);
      }
    }, function () { state.code = null; show('join'); networkDown(); });
  }

  // ------------------------------------------------------------------ the form

  function checkName() {
    var input = $('name');
    var known = state.byKey[fold(input.value)];
    var hint = $('name-known');
    if (input.value.trim() && known) {
      hint.textContent = fmt(S['known-actor'], known.label);
      hint.hidden = false;
      $('new-fields').hidden = true;
    } else {
      hint.hidden = true;
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
    Array.prototype.forEach.call($('ties').querySelectorAll('.tie'), function (li) {
      var to = li.querySelector('.to').value.trim();
      if (!to) { return; }
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

  function send(event) {
    event.preventDefault();
    var body = collect();
    if (!body.respondent.name) {
      say(S['need-name'], 'error');
      $('name').focus();
      return;
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
        showDone(res.body, res.status === 202 ? S['sent-pending'] : (correcting ? S.corrected : S.sent));
        refreshActors();
      } else if (res.status === 403) {
        state.code = null;
        store.drop(KEY_CODE);
        show('join');
        say(S['join-failed'], 'error');
      } else {
        say(problem(res), 'error');
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
    say(message, 'ok');
    $('done-text').textContent = message;
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
      (t.dimensions || []).forEach(function (d) { parts.push(label('dimension', d)); });
      parts.push(fmt(S['strength-of'], t.strength));
      var small = document.createElement('span');
      small.className = 'details';
      small.textContent = parts.join(' · ');
      li.appendChild(small);
      list.appendChild(li);
    });
    show('done');
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
  $('correct').addEventListener('click', function () { say(''); startForm(state.lastView); });
  $('someone-else').addEventListener('click', function () {
    state.token = null;
    store.drop(KEY_TOKEN);
    say('');
    startForm(null);
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
