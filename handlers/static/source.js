// A source opened from the chat (in a new tab): "back to the chat" closes it, and the chat is where it was.
(() => {
  const back = document.getElementById("back");
  if (!back) return;
  back.addEventListener("click", (e) => {
    let chat = null;
    try { chat = window.opener && !window.opener.closed ? window.opener : null; } catch { chat = null; }
    if (chat) { e.preventDefault(); window.close(); }
  });
})();
