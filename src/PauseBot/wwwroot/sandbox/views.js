// Drawing the page's parts from the state the server sends: the message log, the App Home tab and the open modal.
"use strict";
const SandboxViews = (() => {
  const $ = id => document.getElementById(id);
  let modalKey = null;

  function log(page, ctx, switched) {
    const box = $("log"), atBottom = switched || box.scrollHeight - box.scrollTop - box.clientHeight < 40;
    box.innerHTML = page.messages.length === 0 ? `<p class="empty">No messages yet.</p>` : page.messages.map(m => {
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
    if (atBottom) box.scrollTop = box.scrollHeight;
  }

  function home(page, ctx) {
    $("home").innerHTML = page.home
      ? BlockKit.render(page.home.blocks, ctx)
      : `<p class="empty">PauseBot hasn't published a Home tab for ${Mrkdwn.esc(page.user.realName)} yet.</p>`;
  }

  function modal(page, context) {
    const box = $("modal"), view = page.modal;
    const key = view ? `${view.id}|${view.hash}|${JSON.stringify(view.errors)}` : null;
    if (key === modalKey) return;
    const typed = modalKey && view && modalKey.startsWith(view.id + "|") ? readModal() : null;
    modalKey = key;
    if (!view) { box.hidden = true; box.innerHTML = ""; return; }
    const ctx = { ...context, errors: view.errors };
    box.innerHTML = `<form class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" data-view-id="${Mrkdwn.esc(view.id)}">`
      + `<h2 id="modal-title">${Mrkdwn.esc(view.title?.text ?? "")}</h2>`
      + (view.errors?.[""] ? `<p class="error" role="alert">${Mrkdwn.esc(view.errors[""])}</p>` : "")
      + `<div class="modal-body">${BlockKit.render(view.blocks, ctx)}</div><div class="modal-buttons">`
      + `<button type="button" data-modal="close">${Mrkdwn.esc(view.close?.text ?? "Cancel")}</button>`
      + (view.submit ? `<button type="submit" class="primary">${Mrkdwn.esc(view.submit.text)}</button>` : "")
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

  return { log, home, modal, readModal };
})();
