// The chat page: ask, show the answer with its citations and follow-ups, send 👍/👎. No framework.
// The conversation is kept for the visit (sessionStorage), so a reload or a trip to a source keeps it.
(() => {
  const config = JSON.parse(document.getElementById("planbot-config").textContent);
  const t = config.t;
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const box = document.getElementById("question");
  const send = document.getElementById("send");
  const count = document.getElementById("count");
  const announce = document.getElementById("announce");
  const browse = document.getElementById("browse");
  const newChat = document.getElementById("new-chat");
  const KEY = "planbot.conversation";
  const TOKEN = "planbot.visitor";

  // Storage can be refused (a cross-site iframe with site data blocked): then the page works without it.
  const store = {
    get(key) { try { return JSON.parse(sessionStorage.getItem(key)); } catch { return null; } },
    set(key, value) { try { sessionStorage.setItem(key, JSON.stringify(value)); } catch { /* not kept */ } },
    drop(key) { try { sessionStorage.removeItem(key); } catch { /* nothing kept */ } },
  };
  // The visitor token the server signed: sent as a header, since a cross-site iframe may keep no cookie.
  // The first one of this visit is kept, so answers restored after a reload can still be rated.
  const visitor = store.get(TOKEN) || document.querySelector('meta[name="planbot-visitor"]').content;
  store.set(TOKEN, visitor);
  const headers = { "Content-Type": "application/json", "X-Planbot-Visitor": visitor };

  let turns = store.get(KEY) || [];  // [{question, data}] — data is the answer as the server sent it
  let busy = false;

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined && c !== "") node.append(c);
    return node;
  };
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? "");
  const save = () => store.set(KEY, turns);

  // Phone numbers written in an answer (TEL 0191-21-2111) become links a phone can call.
  const PHONE = /(0\d{1,4}-\d{1,4}-\d{3,4})/g;
  function withPhones(text) {
    const p = el("p", { class: "text" });
    let last = 0;
    for (const m of text.matchAll(PHONE)) {
      p.append(text.slice(last, m.index), el("a", { href: `tel:${m[1].replaceAll("-", "")}` }, m[1]));
      last = m.index + m[1].length;
    }
    p.append(text.slice(last));
    return p;
  }

  function bar(i) {
    // Only where the plan gives a baseline beside a later figure: how far it has come toward the target.
    if (i.progress === null) return "";
    const pct = Math.round(i.progress * 100);
    const label = fill(t.progress, { pct, name: i.name });
    return el("div", { class: "bar" }, el("div", {}, `${i.name}: ${label}`),
      el("div", { class: "track", role: "progressbar", "aria-valuenow": String(pct), "aria-valuemin": "0",
        "aria-valuemax": "100", "aria-label": `${i.name} ${label}` }, el("div", { class: "fill", style: `width:${pct}%` })));
  }

  function citations(list) {
    const ol = el("ol", { class: "citations" });
    for (const c of list) {
      // The cited lines open beside the chat (a new tab), never in place of it.
      const item = el("li", {}, el("a", { href: c.url, target: "_blank", rel: "opener" }, `${c.title} › ${c.section}`,
        el("span", { class: "visually-hidden" }, ` ${t.new_tab}`)));
      if (c.status_label) item.append(" ", el("span", { class: "badge" }, c.status_label));
      if (c.original) {
        const where = c.page ? fill(t.original_page, { page: c.printed_page || c.page }) : t.original;
        item.append(" ", el("a", { href: c.original, target: "_blank", rel: "noopener", class: "original" }, where,
          el("span", { class: "visually-hidden" }, ` ${t.new_tab}`)));
      }
      ol.append(item);
    }
    return ol;
  }

  function answer(turn, index) {
    const data = turn.data;
    const parts = [withPhones(data.answer)];
    for (const i of data.indicators) parts.push(bar(i));
    if (!data.confident && turn.question.length >= config.long) parts.push(el("p", { class: "hint" }, t.long_hint));
    if (data.citations.length) parts.push(el("h3", {}, t.sources), citations(data.citations));
    if (data.suggestions.length) {
      const list = el("ul");
      for (const q of data.suggestions) list.append(el("li", {}, chip(q)));
      parts.push(el("div", { class: "suggestions" }, el("h3", {}, t.suggest), list));
    }
    if (data.id) parts.push(feedback(turn, index));
    return parts;
  }

  function feedback(turn, index) {
    // The buttons stay where they are (focus stays on the one pressed); a status line says what happened.
    const row = el("div", { class: "actions", role: "group", "aria-label": fill(t.rate, { question: turn.question }) });
    const status = el("p", { class: "status", role: "status" });
    const buttons = [[true, `👍 ${t.helpful}`], [false, `👎 ${t.not_helpful}`]].map(([helpful, label]) => {
      const button = el("button", { type: "button", "aria-pressed": String(turn.vote === helpful) }, label);
      button.addEventListener("click", async () => {
        status.className = "status";
        status.textContent = t.sending;
        let ok = false;
        try {
          const r = await fetch("/web/feedback", { method: "POST", headers, body: JSON.stringify({ id: turn.data.id, helpful }),
            signal: AbortSignal.timeout(config.timeout) });
          ok = r.ok;
        } catch { ok = false; }
        if (ok) {
          turn.vote = helpful;
          turns[index] = turn;
          save();
          for (const b of buttons) b.setAttribute("aria-pressed", String(b === button));
        }
        status.className = ok ? "status" : "status error";
        status.textContent = ok ? t.thanks : t.feedback_failed;
      });
      return button;
    });
    if (turn.vote !== undefined && turn.vote !== null) status.textContent = t.thanks;
    row.append(...buttons, status);
    return row;
  }

  function chip(q) {
    const b = el("button", { type: "button", class: "chip" }, q);
    b.addEventListener("click", () => ask(q));
    return b;
  }

  function message(who, ...children) {
    return el("article", { class: `msg ${who}`, "aria-label": who === "me" ? t.you : t.bot }, ...children);
  }

  function render(turn, index) {
    const me = message("me", el("p", { class: "text" }, turn.question));
    const bot = message("bot", ...answer(turn, index));
    log.append(me, bot);
    return bot;
  }

  const scroller = document.getElementById("main");
  function reveal(node) {
    // The new answer's first line goes to the top of the conversation, clear of the question box below;
    // only the conversation scrolls (never the city's page around an embedded chat).
    scroller.scrollTo({ top: node.offsetTop - 8, behavior: "instant" });
  }

  function failure(question, reason, waiting) {
    const retry = el("button", { type: "button", class: "chip" }, t.retry);
    retry.addEventListener("click", async () => {
      waiting.previousElementSibling?.remove();
      waiting.remove();
      await ask(question);
      const last = log.lastElementChild;  // the focus was on the button just removed: it goes to the new answer
      if (last) { last.setAttribute("tabindex", "-1"); last.focus({ preventScroll: true }); }
    });
    waiting.replaceChildren(el("p", { class: "text error", role: "alert" }, reason), retry);
    if (!box.value.trim()) { box.value = question; update(); }  // the question is kept to send again
  }

  async function reason(r) {
    if (r.status === 429 || r.status === 503) {  // the server says why in the page's language (too fast, busy)
      try { return (await r.json()).detail || t.rate_limited; } catch { return r.status === 429 ? t.rate_limited : t.server_error; }
    }
    if (r.status === 422 || r.status === 413) return fill(t.invalid, { max: config.max });
    return t.server_error;
  }

  async function ask(question) {
    question = question.trim();
    if (!question || busy) return;
    if ([...question].length > config.max) { update(); announce.textContent = count.textContent; box.focus(); return; }
    busy = true;
    send.setAttribute("aria-disabled", "true");
    if (box.value.trim() === question) { box.value = ""; update(); }
    browse.open = false;
    newChat.hidden = false;
    const me = message("me", el("p", { class: "text" }, question));
    const waiting = message("bot", el("p", { class: "text" }, t.asking));
    waiting.setAttribute("aria-busy", "true");
    log.append(me, waiting);
    reveal(me);
    try {
      let r;
      try {
        r = await fetch("/web/ask", { method: "POST", headers, body: JSON.stringify({ question }),
          signal: AbortSignal.timeout(config.timeout) });
      } catch (e) {
        failure(question, e.name === "TimeoutError" ? t.timeout : t.offline, waiting);
        return;
      }
      let data = null;
      if (r.ok) { try { data = await r.json(); } catch { data = null; } }
      if (!data || typeof data.answer !== "string") { failure(question, r.ok ? t.server_error : await reason(r), waiting); return; }
      const turn = { question, data };
      turns.push(turn);
      save();
      waiting.replaceChildren(...answer(turn, turns.length - 1));
      announce.textContent = data.answer.split("\n")[0];
      reveal(waiting);
    } finally {
      waiting.removeAttribute("aria-busy");
      busy = false;
      send.removeAttribute("aria-disabled");
    }
  }

  function update() {
    // The length as it is typed or pasted: nothing is cut silently; over the limit, the reason is said.
    const n = [...box.value].length;
    const over = n > config.max;
    count.textContent = over ? fill(t.too_long, { max: config.max, n }) : n >= config.long ? `${fill(t.counter, { n, max: config.max })} ${t.long_hint}` : n ? fill(t.counter, { n, max: config.max }) : "";
    count.className = over ? "count error" : "count";
    box.setAttribute("aria-invalid", String(over));
    box.style.height = "auto";
    box.style.height = `${Math.min(box.scrollHeight + 2, 160)}px`;
  }

  // On a phone the keyboard would cover the answer: it closes after sending; elsewhere typing goes on.
  const touch = matchMedia("(pointer: coarse)").matches;
  form.addEventListener("submit", (e) => { e.preventDefault(); ask(box.value); if (touch) box.blur(); else box.focus(); });
  box.addEventListener("input", update);
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (!busy) form.requestSubmit(); }
  });
  document.querySelectorAll(".browse .chip").forEach((b) => b.addEventListener("click", () => ask(b.dataset.question)));
  newChat.addEventListener("click", () => {
    turns = [];
    save();
    log.replaceChildren();
    newChat.hidden = true;
    browse.open = true;
    box.focus();
  });

  if (turns.length) {
    turns.forEach(render);
    browse.open = false;
    newChat.hidden = false;
    reveal(log.lastElementChild);
  }
  update();
})();
