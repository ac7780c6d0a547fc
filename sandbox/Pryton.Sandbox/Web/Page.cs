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
 .msg img{display:block;max-width:220px;min-width:80px;min-height:60px;background:#cfd8e3;border-radius:6px;margin-bottom:4px}
 #tools{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:6px 8px;background:#fff;border-top:1px solid #eef}
 #map{border:1px solid #ccd;border-radius:6px;cursor:crosshair;background:#f4f8f1}
 #status{margin:8px 0;color:#245}
 #demo{width:100%;padding:8px;border:0;border-radius:6px;background:#27ae60;color:#fff;cursor:pointer}
</style></head>
<body>
<div id="people"><b>Pryton sandbox</b><br><small>No Telegram needed: create people and chat with the bot as each of them.</small>
 <p><input id="name" placeholder="Name" style="width:100%"><br>
 <select id="lang"><option value="ru">русский</option><option value="en">English</option></select>
 <button id="add">Add person</button></p>
 <button id="demo" title="Schedules a short game in the demo zone: 1 min hiding, 3 min search">🎲 Demo game in 2 minutes</button>
 <div id="status"></div><div id="list"></div></div>
<div id="main"><div id="log"><small>Add a person, then write /start.</small></div><div id="reply"></div>
 <div id="compose"><input id="text" placeholder="Message or /command"><button id="send">Send</button>
 <button id="loc" title="Send a location">📍</button><button id="live" title="Share a live location and walk">🛰</button>
 <button id="photo" title="Send a generated sample photo">📷</button>
 <label title="Upload a photo"><input id="upload" type="file" accept="image/*" hidden>🖼</label></div>
 <div id="tools"><canvas id="map" width="160" height="160" title="Click to send a location here (the circle is the game zone)"></canvas>
 <div><small>Location preset</small><br><select id="preset"><option value="0,0">zone centre</option><option value="300,0">300 m north</option>
 <option value="0,1000">1 km east</option><option value="-800,-600">1 km south-west</option><option value="4000,0">outside, 4 km north</option></select><br>
 <small>Live location speed</small><br><select id="speed"><option value="5">walk, 5 km/h</option><option value="15">bike, 15 km/h</option>
 <option value="40">car, 40 km/h</option></select></div></div></div>
<script>
let current = null, people = [], walking = null, zone = {lat: 55.7298, lon: 37.6010, radius: 1500};
const M = 111320; // metres per degree of latitude
const offset = (north, east) => ({lat: zone.lat + north / M, lon: zone.lon + east / (M * Math.cos(zone.lat * Math.PI / 180))});
function preset(){ const [n, e] = document.getElementById('preset').value.split(',').map(Number); return offset(n, e); }
function drawMap(){ const c = document.getElementById('map'), g = c.getContext('2d'), r = c.width / 4; g.clearRect(0, 0, c.width, c.height);
  g.strokeStyle = '#2a9df4'; g.fillStyle = '#2a9df422'; g.beginPath(); g.arc(c.width / 2, c.height / 2, r, 0, 2 * Math.PI); g.fill(); g.stroke();
  g.fillStyle = '#2a9df4'; g.fillRect(c.width / 2 - 2, c.height / 2 - 2, 4, 4); }
document.getElementById('map').onclick = e => { if (current === null) return; const c = e.target, scale = zone.radius / (c.width / 4);
  const p = offset((c.height / 2 - e.offsetY) * scale, (e.offsetX - c.width / 2) * scale); api('/api/chat/' + current + '/location', {lat: p.lat, lon: p.lon, live: false}); };
fetch('/api/zone').then(r => r.json()).then(z => { zone = z; drawMap(); });
document.getElementById('demo').onclick = async () => { const r = await (await api('/api/demo', {})).json(); document.getElementById('status').textContent = r.message || r.error; };
document.getElementById('upload').onchange = e => { const file = e.target.files[0]; if (!file || current === null) return; const reader = new FileReader();
  reader.onload = () => api('/api/chat/' + current + '/photo', {data: reader.result}); reader.readAsDataURL(file); e.target.value = ''; };
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
    b.textContent = p.firstName + ' (' + (p.languageCode || 'ru') + ')'; b.title = 'Telegram id ' + p.id + ' (an organiser can grant admin rights by it)'; b.onclick = () => { current = p.id; loadPeople(); loadChat(); }; list.appendChild(b); } }
async function loadChat(){ if (current === null) return; const messages = await (await api('/api/chat/' + current)).json();
  const log = document.getElementById('log'); log.innerHTML=''; let reply = null;
  for (const m of messages) { const div = document.createElement('div'); div.className = 'msg ' + (m.fromBot ? 'bot' : 'user');
    if (m.fromBot && m.html) { const t = document.createElement('template'); t.innerHTML = m.html; div.appendChild(clean(t.content)); }
    else div.textContent = m.text || (m.photo ? '📷 photo' : m.location ? '📍 ' + m.location.lat.toFixed(5) + ', ' + m.location.lon.toFixed(5) : m.document ? '📄 ' + m.document : '');
    if (m.photo) { const img = document.createElement('img'); img.src = '/api/picture/' + encodeURIComponent(m.photo); img.alt = 'photo'; div.prepend(img); }
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
function sendLocation(live){ const p = preset(); return api('/api/chat/' + current + '/location', {lat: p.lat, lon: p.lon, live}); }
document.getElementById('add').onclick = async () => { const name = document.getElementById('name').value.trim(); if (!name) return;
  const p = await (await api('/api/people', {name, language: document.getElementById('lang').value})).json(); current = p.id; document.getElementById('name').value=''; loadPeople(); loadChat(); };
const send = () => { const input = document.getElementById('text'); if (current === null || !input.value) return; api('/api/chat/' + current + '/text', {text: input.value}); input.value=''; };
document.getElementById('send').onclick = send; document.getElementById('text').onkeydown = e => { if (e.key === 'Enter') send(); };
document.getElementById('loc').onclick = () => current !== null && sendLocation(false);
// A generated sample: a car with a plate and the time, drawn here and sent like an uploaded photo.
function samplePhoto(){ const c = document.createElement('canvas'); c.width = 320; c.height = 200; const g = c.getContext('2d');
  const hue = Math.floor(Math.random() * 360); g.fillStyle = 'hsl(' + hue + ',35%,80%)'; g.fillRect(0, 0, 320, 200);
  g.fillStyle = 'hsl(' + ((hue + 180) % 360) + ',55%,40%)'; g.fillRect(50, 90, 220, 55); g.fillRect(95, 55, 120, 40);
  g.fillStyle = '#222'; for (const x of [95, 225]) { g.beginPath(); g.arc(x, 148, 20, 0, 2 * Math.PI); g.fill(); }
  g.fillStyle = '#fff'; g.fillRect(120, 118, 80, 20); g.fillStyle = '#000'; g.font = 'bold 14px monospace'; g.fillText('A' + (100 + Math.floor(Math.random() * 900)) + 'BC77', 124, 133);
  g.font = '12px sans-serif'; g.fillText(new Date().toLocaleTimeString(), 8, 190); return c.toDataURL('image/jpeg', 0.8); }
document.getElementById('photo').onclick = () => current !== null && api('/api/chat/' + current + '/photo', {data: samplePhoto()});
document.getElementById('live').onclick = async () => { if (current === null) return; if (walking) { clearInterval(walking); walking = null; return; }
  await sendLocation(true); const who = current; const messages = await (await api('/api/chat/' + who)).json(); const live = messages.filter(m => !m.fromBot && m.location).pop();
  // Walks (or drives) north-east at the chosen speed, one point every 3 seconds, until pressed again.
  let lat = live.location.lat, lon = live.location.lon; const step = Number(document.getElementById('speed').value) / 3.6 * 3 / Math.SQRT2;
  walking = setInterval(() => { lat += step / M; lon += step / (M * Math.cos(lat * Math.PI / 180)); api('/api/chat/' + who + '/move', {messageId: live.id, lat, lon}); }, 3000); };
new EventSource('/api/events').onmessage = e => { if (Number(e.data) === current) loadChat(); };
loadPeople();
</script></body></html>
""";
}
