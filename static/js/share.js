// The share control (templates/includes/share.html): the system's share sheet where the
// browser has the Web Share API, copying the link with a confirmation in Chinese (the
// Clipboard API, else a selected text field and execCommand, as in WeChat's browser, else
// the address shown to copy by hand), and the QR code of the short link behind a button.
// Without this script the buttons are hidden (site.css) and the QR code simply shown.

const CONFIRMATION_MS = 5000;

function copyWithSelection(text) {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.className = "visually-hidden";
  document.body.append(field);
  field.select();
  field.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  field.remove();
  return copied;
}

export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, page not focused): the older way may still work.
    }
  }
  return copyWithSelection(text);
}

function attach(control) {
  const { url, title, text } = control.dataset;
  const status = control.querySelector("[data-share-status]");
  const copyButton = control.querySelector("[data-share-copy]");
  const shareButton = control.querySelector("[data-share-native]");
  const manual = control.querySelector(".share__manual");
  const qrButton = control.querySelector("[data-share-qr]");
  const qrPanel = document.getElementById(qrButton.getAttribute("aria-controls"));
  let timer = null;

  function say(message) {
    clearTimeout(timer);
    status.textContent = message;
    timer = setTimeout(() => (status.textContent = ""), CONFIRMATION_MS);
  }

  qrButton.addEventListener("click", () => {
    const open = qrButton.getAttribute("aria-expanded") !== "true";
    qrButton.setAttribute("aria-expanded", String(open));
    qrPanel.classList.toggle("is-open", open);
  });

  copyButton.addEventListener("click", async () => {
    if (await copyText(url)) {
      manual.hidden = true;
      copyButton.focus(); // the hidden field that was copied from had taken it
      say("链接已复制，可以粘贴发给好友了");
    } else {
      manual.hidden = false;
      const field = manual.querySelector("input");
      field.focus();
      field.select();
      say("无法自动复制，请手动复制下面的网址");
    }
  });

  const shared = { title, text, url };
  if (navigator.share && (!navigator.canShare || navigator.canShare(shared))) {
    shareButton.hidden = false;
    shareButton.addEventListener("click", async () => {
      try {
        await navigator.share(shared);
      } catch (error) {
        if (error.name !== "AbortError") copyButton.click(); // no sheet: copy instead
      }
    });
  }
}

document.querySelectorAll("[data-share]").forEach(attach);
