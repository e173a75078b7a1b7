// The sandbox page: pick who you are, pick a conversation, type. Everything goes to the bot the way Slack sends it
// (the server signs and posts it); the page redraws whenever the event stream says the workspace changed.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const [hashUser, hashConversation] = location.hash.slice(1).split("/");
  let user = hashUser || localStorage.getItem("sandbox.user") || "U0LEE";
  let conversation = hashConversation || null;
  let page = null, loading = false, again = false;

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
        const next = response.ok ? await response.json() : null;
        // A person who switched user or conversation while this state was on its way asked for another one: drawing
        // this (older) state would switch them back, since draw() takes the user and conversation from the state.
        if (next && !again) draw(next);
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
    if (home) SandboxViews.home(page, context()); else SandboxViews.log(page, context(), switched);
    SandboxViews.modal(page, context());
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
    api("submit", { user, viewId: e.target.dataset.viewId, values: SandboxViews.readModal() });
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
