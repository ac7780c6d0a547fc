namespace Pryton.Sandbox.Web;

/// <summary>The sandbox web chat: one page, no build step, live through server-sent events.</summary>
internal static class Page
{
    public const string Html = """
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pryton sandbox</title>
<style>
 body{margin:0;font:15px/1.4 system-ui,sans-serif;display:flex;height:100vh;background:#e7ebf0}
 #people{width:230px;background:#fff;border-right:1px solid #ccd;overflow:auto;padding:8px;box-sizing:border-box}
 #people button.person{display:block;width:100%;text-align:left;margin:2px 0;padding:8px;border:0;border-radius:6px;background:#f3f5f8;cursor:pointer}
 #people button.person.active{background:#2a9df4;color:#fff}
 #main{flex:1;display:flex;flex-direction:column}
 #log{flex:1;overflow:auto;padding:12px}
 .msg{max-width:70%;margin:6px 0;padding:8px 10px;border-radius:10px;white-space:pre-wrap;background:#fff;box-shadow:0 1px 1px #0002}
 .msg.user{margin-left:auto;background:#dcf8c6}
 .msg .inline{display:flex;flex-wrap:wrap;gap:4px;margin-top:6px}
 .msg .inline button{flex:1;padding:6px;border:1px solid #2a9df4;background:#fff;color:#2a9df4;border-radius:6px;cursor:pointer}
 .edited{font-size:11px;color:#889}
 #reply{display:flex;flex-wrap:wrap;gap:4px;padding:6px;background:#f7f7f9}
 #reply button{flex:1 1 45%;padding:8px;border:0;border-radius:6px;background:#fff;box-shadow:0 1px 1px #0002;cursor:pointer}
 #compose{display:flex;gap:6px;padding:8px;background:#fff;border-top:1px solid #ccd}
 #compose input{flex:1;padding:8px}
 small{color:#667}
</style></head>
<body>
<div id="people"><b>Pryton sandbox</b><br><small>No Telegram needed: create people and chat with the bot as each of them.</small>
 <p><input id="name" placeholder="Name" style="width:100%"><br>
 <select id="lang"><option value="ru">русский</option><option value="en">English</option></select>
 <button id="add">Add person</button></p><div id="list"></div></div>
<div id="main"><div id="log"><small>Add a person, then write /start.</small></div><div id="reply"></div>
 <div id="compose"><input id="text" placeholder="Message or /command"><button id="send">Send</button>
 <button id="loc" title="Send a location">📍</button><button id="live" title="Share a live location and walk">🛰</button>
 <button id="photo" title="Send a sample photo">📷</button></div></div>
<script>
let current = null, people = [], walking = null;
const api = (path, body) => fetch(path, body === undefined ? {} : {method:'POST', headers:{'Content-Type':'application/json'}, body:JSON.stringify(body)});
const allowed = new Set(['B','STRONG','I','EM','U','INS','S','STRIKE','DEL','A','CODE','PRE','BLOCKQUOTE','SPAN']);
function clean(node){ // the bot's Telegram HTML, keeping only Telegram's tags
  for (const child of [...node.childNodes]) {
    if (child.nodeType === 1) { if (!allowed.has(child.tagName)) { child.replaceWith(document.createTextNode(child.textContent)); continue; }
      for (const a of [...child.attributes]) if (!(child.tagName === 'A' && a.name === 'href' && /^https?:/.test(a.value))) child.removeAttribute(a.name);
      clean(child); } }
  return node; }
async function loadPeople(){ people = await (await api('/api/people')).json(); const list = document.getElementById('list'); list.innerHTML='';
  for (const p of people) { const b = document.createElement('button'); b.className = 'person' + (p.id === current ? ' active' : '');
    b.textContent = p.firstName + ' (' + (p.languageCode || 'ru') + ')'; b.onclick = () => { current = p.id; loadPeople(); loadChat(); }; list.appendChild(b); } }
async function loadChat(){ if (current === null) return; const messages = await (await api('/api/chat/' + current)).json();
  const log = document.getElementById('log'); log.innerHTML=''; let reply = null;
  for (const m of messages) { const div = document.createElement('div'); div.className = 'msg ' + (m.fromBot ? 'bot' : 'user');
    if (m.fromBot && m.html) { const t = document.createElement('template'); t.innerHTML = m.html; div.appendChild(clean(t.content)); }
    else div.textContent = m.text || (m.photo ? '📷 photo' : m.location ? '📍 ' + m.location.lat.toFixed(5) + ', ' + m.location.lon.toFixed(5) : m.document ? '📄 ' + m.document : '');
    if (m.photo && m.fromBot) div.prepend('📷 ');
    if (m.location && m.fromBot) div.textContent = '📍 ' + m.location.lat.toFixed(5) + ', ' + m.location.lon.toFixed(5);
    if (m.inline.length) { const row = document.createElement('div'); row.className = 'inline';
      for (const b of m.inline) { const btn = document.createElement('button'); btn.textContent = b.label;
        btn.onclick = () => b.url ? window.open(b.url) : api('/api/chat/' + current + '/press', {messageId:m.id, data:b.data}); row.appendChild(btn); }
      div.appendChild(row); }
    if (m.edited) { const e = document.createElement('div'); e.className = 'edited'; e.textContent = 'edited'; div.appendChild(e); }
    if (m.fromBot && (m.reply.length || m.removeKeyboard)) reply = m.reply;
    log.appendChild(div); }
  log.scrollTop = log.scrollHeight; const pad = document.getElementById('reply'); pad.innerHTML = '';
  for (const b of reply || []) { const btn = document.createElement('button'); btn.textContent = b.label;
    btn.onclick = () => b.contact ? api('/api/chat/' + current + '/contact', {}) : b.location ? sendLocation(false) : api('/api/chat/' + current + '/text', {text:b.label});
    pad.appendChild(btn); } }
function sendLocation(live){ const lat = 55.7558 + (Math.random() - 0.5) / 100, lon = 37.6176 + (Math.random() - 0.5) / 100;
  return api('/api/chat/' + current + '/location', {lat, lon, live}); }
document.getElementById('add').onclick = async () => { const name = document.getElementById('name').value.trim(); if (!name) return;
  const p = await (await api('/api/people', {name, language: document.getElementById('lang').value})).json(); current = p.id; document.getElementById('name').value=''; loadPeople(); loadChat(); };
const send = () => { const input = document.getElementById('text'); if (current === null || !input.value) return; api('/api/chat/' + current + '/text', {text: input.value}); input.value=''; };
document.getElementById('send').onclick = send; document.getElementById('text').onkeydown = e => { if (e.key === 'Enter') send(); };
document.getElementById('loc').onclick = () => current !== null && sendLocation(false);
document.getElementById('photo').onclick = () => current !== null && api('/api/chat/' + current + '/photo', {});
document.getElementById('live').onclick = async () => { if (current === null) return; if (walking) { clearInterval(walking); walking = null; return; }
  await sendLocation(true); const who = current; const messages = await (await api('/api/chat/' + who)).json(); const live = messages.filter(m => !m.fromBot && m.location).pop();
  let lat = live.location.lat, lon = live.location.lon; walking = setInterval(() => { lat += 0.0002; lon += 0.0001; api('/api/chat/' + who + '/move', {messageId: live.id, lat, lon}); }, 3000); };
new EventSource('/api/events').onmessage = e => { if (Number(e.data) === current) loadChat(); };
loadPeople();
</script></body></html>
""";
}
