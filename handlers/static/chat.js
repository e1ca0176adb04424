// The chat page: ask, show the answer with its citations and follow-ups, send 👍/👎. No framework.
(() => {
  const config = JSON.parse(document.getElementById("planbot-config").textContent);
  const t = config.t;
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const box = document.getElementById("question");
  const send = document.getElementById("send");
  // The visitor token the server signed: sent as a header, since a cross-site iframe may keep no cookie.
  const visitor = document.querySelector('meta[name="planbot-visitor"]').content;
  const headers = { "Content-Type": "application/json", "X-Planbot-Visitor": visitor };

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c);
    return node;
  };

  function say(who, ...children) {
    const msg = el("article", { class: `msg ${who}`, "aria-label": who === "me" ? t.you : t.bot }, ...children);
    log.append(msg);
    msg.scrollIntoView({ block: "nearest" });
    return msg;
  }

  function bar(i) {
    // The answer's text states the figures; the bar shows how far the current value is toward the target.
    if (i.progress === null) return "";
    const pct = Math.round(i.progress * 100);
    return el("div", { class: "bar" }, el("div", {}, `${i.name}: ${t.progress.replace("{pct}", pct)}`),
      el("div", { class: "track", role: "progressbar", "aria-valuenow": String(pct), "aria-valuemin": "0",
        "aria-valuemax": "100", "aria-label": `${i.name} ${pct}%` }, el("div", { class: "fill", style: `width:${pct}%` })));
  }

  function answer(data) {
    const parts = [el("p", { class: "text" }, data.answer)];
    for (const i of data.indicators) parts.push(bar(i));
    if (data.citations.length) {
      const list = el("ol", { class: "citations" });
      for (const c of data.citations) {
        const link = el("a", { href: c.url }, `${c.title} › ${c.section}`);
        const item = el("li", {}, link);
        if (c.status_label) item.append(" ", el("span", { class: "badge" }, c.status_label));
        list.append(item);
      }
      parts.push(el("h3", {}, t.sources), list);
    }
    if (data.suggestions.length) {
      const list = el("ul");
      for (const q of data.suggestions) list.append(el("li", {}, chip(q)));
      parts.push(el("div", { class: "suggestions" }, el("h3", {}, t.suggest), list));
    }
    if (data.id) parts.push(feedback(data.id));
    return parts;
  }

  function feedback(id) {
    const row = el("div", { class: "actions" });
    for (const [helpful, label] of [[true, `👍 ${t.helpful}`], [false, `👎 ${t.not_helpful}`]]) {
      const button = el("button", { type: "button" }, label);
      button.addEventListener("click", async () => {
        const r = await fetch("/web/feedback", { method: "POST", headers,
          body: JSON.stringify({ id, helpful }) });
        row.replaceChildren(el("p", { role: "status" }, r.ok ? t.thanks : t.error));
      });
      row.append(button);
    }
    return row;
  }

  function chip(q) {
    const b = el("button", { type: "button", class: "chip" }, q);
    b.addEventListener("click", () => ask(q));
    return b;
  }

  async function ask(question) {
    question = question.trim();
    if (!question) return;
    say("me", el("p", { class: "text" }, question));
    const waiting = say("bot", el("p", { class: "text" }, t.asking));
    waiting.setAttribute("aria-busy", "true");
    send.disabled = true;
    try {
      const r = await fetch("/web/ask", { method: "POST", headers,
        body: JSON.stringify({ question }) });
      const data = await r.json();
      if (!r.ok) throw new Error(data.detail || t.error);
      waiting.replaceChildren(...answer(data));
    } catch (e) {
      waiting.replaceChildren(el("p", { class: "text error", role: "alert" }, e.message || t.error));
    } finally {
      waiting.removeAttribute("aria-busy");
      send.disabled = false;
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); const q = box.value; box.value = ""; ask(q); box.focus(); });
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
  });
  document.querySelectorAll(".examples .chip").forEach((b) => b.addEventListener("click", () => ask(b.dataset.question)));
})();
