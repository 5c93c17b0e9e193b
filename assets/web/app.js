// The MirrorCoach phone remote: plain JavaScript, no libraries, no build step.
// The token from pairing stays in this browser's localStorage and goes in an
// Authorization header (never a cookie, never a URL). Live state comes as
// Server-Sent Events read through fetch(), which can send that header.
'use strict';

const TEXT = {
  en: {
    title: 'MirrorCoach', pair_title: 'Pair this phone',
    pair_help: "Scan the QR code on the mirror's home screen (Q on the mirror shows it large), or type the code shown with it.",
    code: 'Code', phone_name: 'Name of this phone', pair: 'Pair', back: 'Back', pause: 'Pause',
    resume: 'Resume', start: 'Start', skip: 'Skip', stop: 'Stop', mute: 'Mute', unmute: 'Unmute',
    routines: 'Routines', week: 'This week', history: 'History', about: 'Mirror',
    forget: 'Forget this phone', forget_confirm: 'Forget this phone? It will need a new code to pair again.',
    home: 'Home screen', overview: 'Starting soon', player: 'Exercising', summary: 'Done',
    profile: 'Choosing a person',
    get_ready: 'Get ready', work: 'Now', switch_sides: 'Switch sides', set_rest: 'Rest', exercise_rest: 'Rest',
    done: 'Finished', paused: 'paused', set: 'Set', rep: 'Rep', left: 'left', right: 'right', next: 'Next:',
    week_line: (d, g, s) => `${d} of ${g} sessions` + (s > 0 ? ` · ${s} week streak` : ''),
    no_history: 'No sessions yet.', stopped: 'stopped', min: 'min', content: 'Content version',
    offline: 'Connection lost, retrying…', paired_default: 'phone', selected: 'Selected', muted: 'muted',
    who: 'Who is exercising',
  },
  ru: {
    title: 'MirrorCoach', pair_title: 'Подключить телефон',
    pair_help: 'Отсканируйте QR-код на главном экране зеркала (клавиша Q на зеркале показывает его крупно) или введите код рядом с ним.',
    code: 'Код', phone_name: 'Имя телефона', pair: 'Подключить', back: 'Назад', pause: 'Пауза',
    resume: 'Продолжить', start: 'Начать', skip: 'Дальше', stop: 'Стоп', mute: 'Без звука', unmute: 'Со звуком',
    routines: 'Комплексы', week: 'Эта неделя', history: 'История', about: 'Зеркало',
    forget: 'Забыть этот телефон', forget_confirm: 'Забыть этот телефон? Для нового подключения понадобится новый код.',
    home: 'Главный экран', overview: 'Скоро начало', player: 'Занятие', summary: 'Готово',
    profile: 'Выбор человека',
    get_ready: 'Приготовьтесь', work: 'Сейчас', switch_sides: 'Смена стороны', set_rest: 'Отдых', exercise_rest: 'Отдых',
    done: 'Завершено', paused: 'пауза', set: 'Подход', rep: 'Повтор', left: 'лево', right: 'право', next: 'Далее:',
    week_line: (d, g, s) => `${d} из ${g} занятий` + (s > 0 ? ` · серия ${s} нед.` : ''),
    no_history: 'Занятий пока нет.', stopped: 'прервано', min: 'мин', content: 'Версия содержимого',
    offline: 'Связь потеряна, переподключение…', paired_default: 'телефон', selected: 'Выбрано', muted: 'тихо',
    who: 'Кто занимается',
  },
};
const TOKEN_KEY = 'mirrorcoach.token';
const LANG_KEY = 'mirrorcoach.lang';
let lang = localStorage.getItem(LANG_KEY) || (navigator.language || 'en').slice(0, 2);
if (!TEXT[lang]) lang = 'en';
const t = (key) => TEXT[lang][key] ?? TEXT.en[key] ?? key;
const $ = (id) => document.getElementById(id);
let status = null;
let routines = [];
let stream = null;

function localized(text) {
  if (!text || typeof text !== 'object') return '';
  return text[lang] || text.en || Object.values(text)[0] || '';
}

function applyLanguage() {
  document.documentElement.lang = lang;
  $('lang').textContent = lang === 'en' ? 'RU' : 'EN';
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  if (status) render(status);
  renderRoutines();
}

async function api(method, path, body) {
  const headers = { 'Authorization': 'Bearer ' + localStorage.getItem(TOKEN_KEY) };
  if (body) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' });
  if (r.status === 401) { unpaired(); throw new Error('not paired'); }
  const data = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(data.error || r.statusText);
  return data;
}

async function command(name, routine, profile) {
  $('message').textContent = '';
  const body = { command: name };
  if (routine) body.routine = routine;
  if (profile) body.profile = profile;
  try { await api('POST', '/api/command', body); }
  catch (e) { $('message').textContent = e.message; }
}

// The household as buttons, the person shown on the mirror lit; rebuilt only when the
// household changes, so a tap is never lost to a redraw.
function renderProfiles(s) {
  const names = s.profiles || [];
  $('people').hidden = names.length === 0;
  const box = $('profiles');
  if (box.dataset.names !== JSON.stringify(names)) {
    box.dataset.names = JSON.stringify(names);
    box.textContent = '';
    for (const name of names) {
      const b = document.createElement('button');
      b.className = 'profile';
      b.dataset.name = name;
      b.textContent = name;
      b.addEventListener('click', () => command('profile', null, name));
      box.appendChild(b);
    }
  }
  for (const b of box.querySelectorAll('.profile')) {
    b.classList.toggle('selected', b.dataset.name === s.profile);
    b.disabled = s.screen !== 'home';
  }
}

function unpaired() {
  localStorage.removeItem(TOKEN_KEY);
  if (stream) stream.abort();
  $('remote').hidden = true;
  $('pairing').hidden = false;
}

async function pair(code) {
  $('message').textContent = '';
  const name = $('phone-name').value.trim() || t('paired_default');
  const r = await fetch('/api/pair', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                      body: JSON.stringify({ code, name }) });
  const data = await r.json().catch(() => ({}));
  if (!r.ok) { alert(data.error || r.statusText); return; }
  localStorage.setItem(TOKEN_KEY, data.token);
  start();
}

function clock(seconds) {
  const m = Math.floor(seconds / 60), s = seconds % 60;
  return m > 0 ? `${m}:${String(s).padStart(2, '0')}` : String(s);
}

function render(s) {
  status = s;
  const playing = s.screen === 'player';
  $('screen-line').textContent = t(s.screen) + (s.paused ? ' · ' + t('paused') : '');
  $('exercise').textContent = playing ? (t(s.phase) + ': ' + localized(s.exercise_name)) : localized(s.routine_title);
  $('timer').textContent = (playing || s.screen === 'overview') ? clock(s.seconds_left) : '–';
  const parts = [];
  if (s.sets > 1) parts.push(`${t('set')} ${s.set}/${s.sets}`);
  if (s.side) parts.push(t(s.side));
  if (s.reps > 0) parts.push(`${t('rep')} ${s.rep}/${s.reps}`);
  $('detail').textContent = parts.join(' · ');
  const next = localized(s.next_up);
  $('next-up').textContent = next ? `${t('next')} ${next}` : '';
  $('progress').style.width = (playing ? s.progress_percent : 0) + '%';
  const pause = $('pause');
  pause.textContent = playing ? t(s.paused ? 'resume' : 'pause') : t('start');
  $('volume').textContent = s.muted ? t('muted') : s.volume + '%';
  $('mute').textContent = t(s.muted ? 'unmute' : 'mute');
  $('week').textContent = t('week_line')(s.week.done, s.week.goal, s.week.streak_weeks);
  $('content').textContent = `${t('content')} ${s.content_version || '–'} · ${s.update.line}`;
  renderProfiles(s);
  for (const b of document.querySelectorAll('.routine'))
    b.classList.toggle('selected', b.dataset.id === s.routine);
  document.body.dataset.screen = s.screen;
}

function renderRoutines() {
  const box = $('routines');
  box.textContent = '';
  let group = null;
  for (const r of routines) {
    if (r.group !== group) {
      group = r.group;
      const g = document.createElement('div');
      g.className = 'group';
      g.textContent = r.group_title ? localized(r.group_title) : group;
      box.appendChild(g);
    }
    const b = document.createElement('button');
    b.className = 'routine';
    b.dataset.id = r.id;
    const name = document.createElement('span');
    name.textContent = localized(r.title);
    const len = document.createElement('span');
    len.className = 'len';
    len.textContent = Math.round(r.seconds / 60) + ' ' + t('min');
    b.append(name, len);
    b.addEventListener('click', () => command('choose', r.id));
    box.appendChild(b);
  }
  if (status) render(status);
}

async function loadHistory() {
  const list = await api('GET', '/api/history');
  const ul = $('history');
  ul.textContent = '';
  const titles = Object.fromEntries(routines.map((r) => [r.id, localized(r.title)]));
  for (const h of list.slice(0, 20)) {
    const li = document.createElement('li');
    const when = new Date((h.started_utc + h.utc_offset_s) * 1000).toISOString().slice(0, 16).replace('T', ' ');
    li.textContent = `${when} · ${titles[h.routine] || h.routine} · ${Math.round(h.active_s / 60)} ${t('min')}` +
                     (h.stopped_early ? ` (${t('stopped')})` : '');
    ul.appendChild(li);
  }
  if (!list.length) ul.textContent = t('no_history');
}

// The event stream, reconnected with a growing delay when the mirror or Wi-Fi goes away.
async function follow() {
  let delay = 1000;
  for (;;) {
    stream = new AbortController();
    try {
      const r = await fetch('/api/events', { headers: { 'Authorization': 'Bearer ' + localStorage.getItem(TOKEN_KEY) },
                                             signal: stream.signal, cache: 'no-store' });
      if (r.status === 401) { unpaired(); return; }
      if (!r.ok || !r.body) throw new Error(r.statusText);
      $('message').textContent = '';
      delay = 1000;
      const reader = r.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      let lastScreen = null;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!event.startsWith('data: ')) continue;
          const s = JSON.parse(event.slice(6));
          render(s);
          if (lastScreen === 'summary' && s.screen === 'home') loadHistory().catch(() => {});
          lastScreen = s.screen;
        }
      }
    } catch (e) {
      if (!localStorage.getItem(TOKEN_KEY)) return;
      $('message').textContent = t('offline');
    }
    await new Promise((done) => setTimeout(done, delay));
    delay = Math.min(delay * 2, 15000);
  }
}

async function start() {
  $('pairing').hidden = true;
  $('remote').hidden = false;
  try {
    routines = await api('GET', '/api/routines');
    renderRoutines();
    loadHistory().catch(() => {});
    follow();
  } catch (e) {
    $('message').textContent = e.message;
    // A mirror that is starting answers 503: try again rather than stay empty.
    if (localStorage.getItem(TOKEN_KEY)) setTimeout(start, 1000);
  }
}

document.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-cmd]');
  if (b) command(b.dataset.cmd);
});
$('pause').addEventListener('click', () => {
  if (!status || status.screen !== 'player') return command('start');
  command(status.paused ? 'resume' : 'pause');
});
$('lang').addEventListener('click', () => {
  lang = lang === 'en' ? 'ru' : 'en';
  localStorage.setItem(LANG_KEY, lang);
  applyLanguage();
});
$('forget').addEventListener('click', async () => {
  if (!confirm(t('forget_confirm'))) return;
  try { await api('POST', '/api/forget'); } catch (e) { /* already forgotten */ }
  unpaired();
});
$('pair-form').addEventListener('submit', (e) => {
  e.preventDefault();
  pair($('code').value.trim());
});

applyLanguage();
// Opened from the QR code: the code is in the fragment (never sent to the server as part
// of the address); it is used once and removed from the address bar and history.
const fromQr = /^#pair=([0-9]{4,16})$/.exec(location.hash);
if (fromQr) history.replaceState(null, '', location.pathname);
if (localStorage.getItem(TOKEN_KEY)) start();
else {
  $('pairing').hidden = false;
  if (fromQr) { $('code').value = fromQr[1]; }
}
