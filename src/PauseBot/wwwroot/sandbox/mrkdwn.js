// Slack mrkdwn to HTML: *bold*, _italic_, ~strike~, `code`, ```pre```, > quotes, <links|labels>, <@user>, <#channel>,
// <!here>, and <!date^…> tokens rendered in the acting person's time zone. Only &amp; &lt; &gt; are entities in Slack text.
"use strict";
const Mrkdwn = (() => {
  const esc = s => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const unslack = s => String(s).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

  function partsIn(date, tz) {
    const f = new Intl.DateTimeFormat("en-US", { timeZone: tz, year: "numeric", month: "numeric", day: "numeric",
      hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", weekday: "long" });
    const p = Object.fromEntries(f.formatToParts(date).map(x => [x.type, x.value]));
    return { y: +p.year, m: +p.month, d: +p.day, hh: p.hour, mm: p.minute, ss: p.second, weekday: p.weekday };
  }
  const ordinal = d => d + (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");
  const pad = n => String(n).padStart(2, "0");

  // The token's format string with {date…}/{time…}/{ago} filled in for zone tz, relative to now.
  function formatDate(unix, format, tz, now) {
    const date = new Date(unix * 1000), p = partsIn(date, tz), n = partsIn(now, tz);
    const days = (Date.UTC(p.y, p.m - 1, p.d) - Date.UTC(n.y, n.m - 1, n.d)) / 86400000;
    const rel = days === 0 ? "Today" : days === -1 ? "Yesterday" : days === 1 ? "Tomorrow" : null;
    const short = `${MONTHS[p.m - 1].slice(0, 3)} ${p.d}, ${p.y}`, full = `${MONTHS[p.m - 1]} ${ordinal(p.d)}, ${p.y}`;
    const long = `${p.weekday}, ${full}`;
    const tokens = {
      date_num: `${p.y}-${pad(p.m)}-${pad(p.d)}`, date: full, date_short: short, date_long: long,
      date_pretty: rel ?? full, date_short_pretty: rel ?? short, date_long_pretty: rel ?? long,
      time: `${p.hh}:${p.mm}`, time_secs: `${p.hh}:${p.mm}:${p.ss}`, ago: ago(unix * 1000 - now.getTime()),
    };
    return format.replace(/\{(\w+)\}/g, (m, name) => tokens[name] ?? m);
  }
  function ago(ms) {
    const s = Math.round(Math.abs(ms) / 1000), future = ms > 0;
    const [v, u] = s < 60 ? [s, "second"] : s < 3600 ? [Math.round(s / 60), "minute"] : s < 86400 ? [Math.round(s / 3600), "hour"] : [Math.round(s / 86400), "day"];
    const text = `${v} ${u}${v === 1 ? "" : "s"}`;
    return future ? `in ${text}` : `${text} ago`;
  }

  // One <…> control sequence.
  function control(inner, ctx) {
    const [target, label] = splitOnce(inner, "|");
    if (target.startsWith("@")) return `<span class="mention">@${esc(ctx.users[target.slice(1)] ?? label ?? target.slice(1))}</span>`;
    if (target.startsWith("#")) return `<span class="mention">#${esc(ctx.channels[target.slice(1)] ?? label ?? target.slice(1))}</span>`;
    if (target.startsWith("!date^")) {
      const [, unix, format, link] = target.split("^");
      const when = new Date(+unix * 1000);
      if (!Number.isFinite(+unix) || !format) return esc(unslack(label ?? inner));
      const text = esc(formatDate(+unix, unslack(format), ctx.tz, ctx.now));
      const title = esc(`${when.toLocaleString("en-GB", { timeZone: ctx.tz, dateStyle: "full", timeStyle: "long" })}`);
      const time = `<time datetime="${when.toISOString()}" title="${title}">${text}</time>`;
      return link ? `<a href="${esc(unslack(link))}" target="_blank" rel="noopener">${time}</a>` : time;
    }
    if (target.startsWith("!subteam^")) return `<span class="mention">@${esc(label ?? "group")}</span>`;
    if (target.startsWith("!")) return `<span class="mention">@${esc(target.slice(1))}</span>`;
    const url = unslack(target);
    if (!/^(https?:|mailto:)/i.test(url)) return esc(unslack(label ?? target));
    return `<a href="${esc(url)}" target="_blank" rel="noopener">${esc(unslack(label ?? target))}</a>`;
  }
  function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
  }

  function inline(text, ctx) {
    const held = [];
    const hold = html => `\u0000${held.push(html) - 1}\u0000`;
    let s = text.replace(/`([^`\n]+)`/g, (m, code) => hold(`<code>${esc(unslack(code))}</code>`));
    s = s.replace(/<([^<>\n]+)>/g, (m, inner) => hold(control(inner, ctx)));
    s = esc(unslack(s));
    s = s.replace(/(^|[\s(~_])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s).,!?:;~_])/g, "$1<strong>$2</strong>");
    s = s.replace(/(^|[\s(*~])_(?=\S)([^_\n]*?\S)_(?=$|[\s).,!?:;*~])/g, "$1<em>$2</em>");
    s = s.replace(/(^|[\s(*_])~(?=\S)([^~\n]*?\S)~(?=$|[\s).,!?:;*_])/g, "$1<del>$2</del>");
    return s.replace(/\u0000(\d+)\u0000/g, (m, i) => held[+i]);
  }

  function toHtml(text, ctx) {
    if (!text) return "";
    return String(text).split("```").map((part, i) => i % 2 === 1
      ? `<pre>${esc(unslack(part.replace(/^\n/, "")))}</pre>`
      : part.split("\n").map(line => line.startsWith("&gt; ") || line.startsWith("> ")
          ? `<span class="quote">${inline(line.replace(/^(&gt;|>) /, ""), ctx)}</span>`
          : inline(line, ctx)).join("<br>")).join("");
  }

  return { toHtml, esc, unslack, formatDate };
})();
