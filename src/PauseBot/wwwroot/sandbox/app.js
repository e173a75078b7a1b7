// The sandbox page: pick who you are, pick a conversation, type. Everything goes to the bot the way Slack sends it
// (the server signs and posts it); the page redraws whenever the event stream says the workspace changed.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const [hashUser, hashConversation] = location.hash.slice(1).split("/");
  let user = hashUser || localStorage.getItem("sandbox.user") || "U0LEE";
  let conversation = hashConversation || null;
  let page = null, loading = false, again = false, modalKey = null;

  async function api(path, body) {
    const response = await fetch(`/sandbox/api/${path}`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({ ok: false, error: `HTTP ${response.status}` }));
    $("problem").textContent = answer.ok ? "" : answer.error;
    return answer.ok;
  }

  async function refresh() {
    if (loading) { again = true; return; }
    loading = true;
    try {
      do {
        again = false;
        const query = new URLSearchParams({ user, ...(conversation ? { conversation } : {}) });
        const response = await fetch(`/sandbox/api/state?${query}`);
        if (response.ok) draw(await response.json());
      } while (again);
    } finally {
      loading = false;
    }
  }

  function context() {
    return { users: page.users, channels: page.channels, tz: page.user.tz, now: new Date() };
  }

  function draw(next) {
    const switched = !page || page.conversation !== next.conversation || page.user.id !== next.user.id;
    page = next;
    user = page.user.id;
    conversation = page.conversation;
    localStorage.setItem("sandbox.user", user);
    history.replaceState(null, "", `#${user}/${conversation}`);
    drawPicker();
    drawConversations();
    const current = page.conversations.find(c => c.id === conversation);
    $("title").textContent = current?.name ?? "";
    document.title = `${current?.name ?? ""} · PauseBot sandbox`;
    const home = conversation === "home";
    $("log").hidden = home;
    $("home").hidden = !home;
    $("composer").hidden = home;
    if (home) drawHome(); else drawLog(switched);
    drawModal();
  }

  function drawPicker() {
    const picker = $("acting");
    if (picker.options.length !== page.people.length)
      picker.innerHTML = page.people.map(p => `<option value="${Mrkdwn.esc(p.id)}">${Mrkdwn.esc(p.label)}</option>`).join("");
    picker.value = user;
    $("zone").textContent = `Time zone: ${page.user.tz}`;
  }

  function drawConversations() {
    $("conversations").innerHTML = page.conversations.map(c =>
      `<li><button type="button" data-conversation="${Mrkdwn.esc(c.id)}"${c.id === conversation ? ` aria-current="page"` : ""}>`
      + `${Mrkdwn.esc(c.name)}</button></li>`).join("");
  }

  function drawLog(switched) {
    const log = $("log"), atBottom = switched || log.scrollHeight - log.scrollTop - log.clientHeight < 40, ctx = context();
    log.innerHTML = page.messages.length === 0 ? `<p class="empty">No messages yet.</p>` : page.messages.map(m => {
      const name = m.bot ? "PauseBot" : page.users[m.user] ?? m.user;
      const when = Mrkdwn.formatDate(Math.floor(+m.ts), "{time}", page.user.tz, ctx.now);
      const body = m.blocks?.length ? BlockKit.render(m.blocks, ctx) : `<div>${Mrkdwn.toHtml(m.text, ctx)}</div>`;
      const classes = ["message", m.bot ? "bot" : "", m.ephemeral ? "ephemeral" : "", m.threadTs ? "reply" : ""].join(" ");
      return `<article class="${classes}" data-ts="${Mrkdwn.esc(m.ts)}" data-ephemeral="${m.ephemeral}" aria-label="${Mrkdwn.esc(name)}">`
        + `<div class="avatar" aria-hidden="true">${Mrkdwn.esc(name[0])}</div><div class="content">`
        + `<div class="meta"><span class="author">${Mrkdwn.esc(name)}</span>${m.bot ? `<span class="app-tag">APP</span>` : ""}`
        + `<span class="when">${when}</span>${m.edited ? `<span class="edited">(edited)</span>` : ""}`
        + `${m.threadTs ? `<span class="thread">in thread</span>` : ""}</div>`
        + `${m.ephemeral ? `<div class="only-you">Only visible to you</div>` : ""}<div class="body">${body}</div></div></article>`;
    }).join("");
    if (atBottom) log.scrollTop = log.scrollHeight;
  }

  function drawHome() {
    $("home").innerHTML = page.home
      ? BlockKit.render(page.home.blocks, context())
      : `<p class="empty">PauseBot hasn't published a Home tab for ${Mrkdwn.esc(page.user.realName)} yet.</p>`;
  }

  function drawModal() {
    const box = $("modal"), modal = page.modal;
    const key = modal ? `${modal.id}|${modal.hash}|${JSON.stringify(modal.errors)}` : null;
    if (key === modalKey) return;
    const typed = modalKey && modal && modalKey.startsWith(modal.id + "|") ? readModal() : null;
    modalKey = key;
    if (!modal) { box.hidden = true; box.innerHTML = ""; return; }
    const ctx = { ...context(), errors: modal.errors };
    box.innerHTML = `<form class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" data-view-id="${Mrkdwn.esc(modal.id)}">`
      + `<h2 id="modal-title">${Mrkdwn.esc(modal.title?.text ?? "")}</h2>`
      + (modal.errors?.[""] ? `<p class="error" role="alert">${Mrkdwn.esc(modal.errors[""])}</p>` : "")
      + `<div class="modal-body">${BlockKit.render(modal.blocks, ctx)}</div><div class="modal-buttons">`
      + `<button type="button" data-modal="close">${Mrkdwn.esc(modal.close?.text ?? "Cancel")}</button>`
      + (modal.submit ? `<button type="submit" class="primary">${Mrkdwn.esc(modal.submit.text)}</button>` : "")
      + `</div></form>`;
    box.hidden = false;
    for (const [name, value] of Object.entries(typed ?? {})) {
      const field = box.querySelector(`[name="${CSS.escape(name)}"]`);
      if (field) field.value = value;
    }
    (box.querySelector("[aria-invalid=true]") ?? box.querySelector("input, textarea, select"))?.focus();
  }

  function readModal() {
    return Object.fromEntries([...$("modal").querySelectorAll("[name]")].map(f => [f.name, f.value]));
  }

  $("acting").addEventListener("change", e => { user = e.target.value; refresh(); });
  $("conversations").addEventListener("click", e => {
    const target = e.target.closest("[data-conversation]");
    if (!target) return;
    conversation = target.dataset.conversation;
    if (conversation === "home") api("home", { user }).then(refresh); else refresh();
  });
  $("composer").addEventListener("submit", async e => {
    e.preventDefault();
    const box = $("message"), text = box.value;
    if (!text.trim()) return;
    $("send").disabled = true;
    try {
      if (await api("send", { user, conversation, text })) box.value = "";
    } finally {
      $("send").disabled = false;
      box.focus();
    }
  });
  $("message").addEventListener("keydown", e => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("composer").requestSubmit(); }
  });
  document.addEventListener("click", async e => {
    const button = e.target.closest(".bk-button[data-action-id]");
    if (!button || button.disabled) return;
    if (button.dataset.url) window.open(button.dataset.url, "_blank", "noopener");
    const message = button.closest("[data-ts]"), form = button.closest("[data-view-id]");
    button.disabled = true;
    try {
      await api("click", {
        user, blockId: button.dataset.blockId, actionId: button.dataset.actionId,
        channel: message ? conversation : null, ts: message?.dataset.ts ?? null,
        viewId: form?.dataset.viewId ?? (conversation === "home" ? page.home?.id : null),
      });
    } finally {
      button.disabled = false;
    }
  });
  $("modal").addEventListener("submit", e => {
    e.preventDefault();
    api("submit", { user, viewId: e.target.dataset.viewId, values: readModal() });
  });
  $("modal").addEventListener("click", e => {
    if (e.target.dataset.modal === "close") api("close", { user });
  });
  document.addEventListener("keydown", e => {
    if (e.key === "Escape" && !$("modal").hidden) api("close", { user });
  });
  $("reset").addEventListener("click", async () => {
    if (confirm("Reset the sandbox? Every pause, message and answer goes; the seeded workspace comes back.")) await api("reset", {});
  });

  new EventSource("/sandbox/api/events").onmessage = () => refresh();
  setInterval(refresh, 60000); // "Today"/"Tomorrow" and {ago} move with the clock
  refresh();
})();
