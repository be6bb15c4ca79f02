// Progressive enhancement: shows the copy buttons and copies a link or a code block. Everything they copy is
// on the page already (a link, a text area) for anyone without script. Each button holds its place, unseen,
// until it is marked ready here, so that showing it moves nothing (see .copy-button in site.css).
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy]');
if (navigator.clipboard) {
  for (const button of buttons) {
    button.dataset['ready'] = '';
    button.addEventListener('click', async () => {
      const target = button.dataset['copy'] ?? '';
      const element = document.getElementById(target);
      const text = target.startsWith('#')
        ? new URL(target, location.href).href
        : element instanceof HTMLTextAreaElement ? element.value : element?.textContent ?? '';
      const status = button.parentElement?.querySelector('[role="status"]');
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = button.dataset['done'] ?? '';
      } catch {
        if (status) status.textContent = '';
      }
    });
  }
}
