// The chat launcher for the city's site: a button at the bottom corner that opens the chat in a panel.
// <script src="https://planbot.example.jp/static/launcher.js" data-lang="ja" defer></script>
// The chat runs in an iframe from planbot's own address (allowed by PLANBOT_WEB_EMBED_ORIGINS).
(() => {
  const script = document.currentScript;
  const origin = new URL(script.src).origin;
  const lang = script.dataset.lang === "en" ? "en" : "ja";
  const words = lang === "en"
    ? { open: "Ask the city plans", close: "Close the chat", title: "Ask the city plans" }
    : { open: "計画書に聞く", close: "チャットを閉じる", title: "計画書に聞く" };
  const css = `
    .planbot-launch { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483000; font: bold 1rem/1.2 system-ui, sans-serif;
      background: #0b57a4; color: #fff; border: 2px solid #fff; border-radius: 2rem; padding: 0.8rem 1.2rem; min-height: 44px;
      box-shadow: 0 2px 8px rgba(0,0,0,.35); cursor: pointer; }
    .planbot-launch:focus-visible, .planbot-close:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
    .planbot-panel { position: fixed; right: 1rem; bottom: 5rem; z-index: 2147483000; width: min(420px, calc(100vw - 2rem));
      height: min(640px, calc(100vh - 7rem)); background: #fff; border-radius: 0.75rem; box-shadow: 0 4px 24px rgba(0,0,0,.35);
      display: flex; flex-direction: column; overflow: hidden; }
    .planbot-panel[hidden] { display: none; }
    .planbot-panel iframe { flex: 1; border: 0; width: 100%; }
    .planbot-close { align-self: flex-end; font: 1rem system-ui, sans-serif; margin: 0.25rem; min-height: 44px; min-width: 44px;
      background: #fff; color: #1b1b1b; border: 1px solid #767676; border-radius: 0.5rem; cursor: pointer; }
    @media (max-width: 480px) { .planbot-panel { right: 0; bottom: 0; width: 100vw; height: 100dvh; border-radius: 0; }
      .planbot-launch[aria-expanded="true"] { display: none; } }`;
  const style = document.createElement("style");
  style.textContent = css;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "planbot-launch";
  button.textContent = words.open;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "planbot-panel");
  const panel = document.createElement("div");
  panel.id = "planbot-panel";
  panel.className = "planbot-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", words.title);
  const close = document.createElement("button");
  close.type = "button";
  close.className = "planbot-close";
  close.textContent = `✕ ${words.close}`;
  let frame = null;  // made on first open, so the city's page loads nothing of the chat until asked

  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.src = `${origin}/?embed=1&lang=${lang}`;
      frame.title = words.title;
      panel.append(frame);
    }
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    frame.focus();
  }
  function shut() {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
  button.addEventListener("click", () => (panel.hidden ? open() : shut()));
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", (e) => { if (e.key === "Escape") shut(); });
  panel.append(close);
  document.head.append(style);
  document.body.append(panel, button);
})();
