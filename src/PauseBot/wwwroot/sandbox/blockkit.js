// Block Kit to HTML, as Slack's client draws it: header, section (text, fields, accessory), context, divider, actions,
// image, rich_text, and in modals input blocks. Buttons carry data-block-id / data-action-id for the click handler.
"use strict";
const BlockKit = (() => {
  const { esc, toHtml } = Mrkdwn;
  const text = (t, ctx) => !t ? "" : t.type === "mrkdwn" ? toHtml(t.text, ctx) : esc(t.text ?? "");

  function button(el, blockId) {
    const style = el.style === "primary" ? " primary" : el.style === "danger" ? " danger" : "";
    return `<button type="button" class="bk-button${style}" data-block-id="${esc(blockId ?? "")}" data-action-id="${esc(el.action_id ?? "")}"`
      + (el.url ? ` data-url="${esc(el.url)}"` : "") + `>${esc(el.text?.text ?? "Button")}</button>`;
  }

  function element(el, blockId, ctx) {
    switch (el?.type) {
      case "button": return button(el, blockId);
      case "image": return `<img class="bk-image-small" src="${esc(el.image_url ?? "")}" alt="${esc(el.alt_text ?? "")}">`;
      case "mrkdwn": case "plain_text": return `<span>${text(el, ctx)}</span>`;
      case "static_select": case "overflow": case "datepicker": case "users_select": case "channels_select":
        return `<button type="button" class="bk-button" disabled>${esc(el.placeholder?.text ?? el.type)}</button>`;
      default: return "";
    }
  }

  function richText(block) {
    const walk = node => Array.isArray(node) ? node.map(walk).join("")
      : node?.type === "text" ? esc(node.text ?? "") : node?.elements ? walk(node.elements) : "";
    return walk(block.elements ?? []);
  }

  function block(b, ctx) {
    const id = b.block_id;
    switch (b.type) {
      case "header": return `<h3 class="bk-header">${esc(b.text?.text ?? "")}</h3>`;
      case "divider": return `<hr class="bk-divider">`;
      case "section": {
        const fields = b.fields?.length ? `<div class="bk-fields">${b.fields.map(f => `<div>${text(f, ctx)}</div>`).join("")}</div>` : "";
        const accessory = b.accessory ? `<div class="bk-accessory">${element(b.accessory, id, ctx)}</div>` : "";
        return `<div class="bk-section"><div class="bk-section-body">${b.text ? `<div>${text(b.text, ctx)}</div>` : ""}${fields}</div>${accessory}</div>`;
      }
      case "context": return `<div class="bk-context">${(b.elements ?? []).map(e => element(e, id, ctx)).join("")}</div>`;
      case "actions": return `<div class="bk-actions">${(b.elements ?? []).map(e => element(e, id, ctx)).join("")}</div>`;
      case "image": return `<figure class="bk-image"><img src="${esc(b.image_url ?? "")}" alt="${esc(b.alt_text ?? "")}">`
        + (b.title ? `<figcaption>${esc(b.title.text)}</figcaption>` : "") + `</figure>`;
      case "rich_text": return `<div>${richText(b)}</div>`;
      case "input": return input(b, ctx);
      default: return `<div class="bk-unknown">[${esc(b.type)} block]</div>`;
    }
  }

  // A modal's input block: a labelled control named by its block id, with Slack's "(optional)" and error text.
  function input(b, ctx) {
    const el = b.element ?? {}, id = `in-${b.block_id}`, err = ctx.errors?.[b.block_id];
    const label = `<label for="${esc(id)}">${esc(b.label?.text ?? "")}${b.optional ? ` <span class="optional">(optional)</span>` : ""}</label>`;
    const common = `id="${esc(id)}" name="${esc(b.block_id)}"${err ? ` aria-invalid="true" aria-describedby="${esc(id)}-error"` : ""}`;
    const placeholder = el.placeholder?.text ? ` placeholder="${esc(el.placeholder.text)}"` : "";
    let control;
    if (el.type === "static_select") {
      const initial = el.initial_option?.value;
      control = `<select ${common}><option value="">${esc(el.placeholder?.text ?? "Select an option")}</option>`
        + (el.options ?? []).map(o => `<option value="${esc(o.value)}"${o.value === initial ? " selected" : ""}>${esc(o.text?.text ?? o.value)}</option>`).join("")
        + `</select>`;
    } else if (el.type === "datetimepicker") {
      control = `<input type="datetime-local" ${common}>`;
    } else if (el.multiline) {
      control = `<textarea ${common} rows="3"${placeholder}>${esc(el.initial_value ?? "")}</textarea>`;
    } else {
      control = `<input type="text" ${common}${placeholder} value="${esc(el.initial_value ?? "")}">`;
    }
    const hint = b.hint ? `<div class="hint">${esc(b.hint.text)}</div>` : "";
    const error = err ? `<div class="error" id="${esc(id)}-error">${esc(err)}</div>` : "";
    return `<div class="bk-input">${label}${control}${hint}${error}</div>`;
  }

  const render = (blocks, ctx) => (blocks ?? []).map(b => block(b, ctx)).join("");
  return { render };
})();
