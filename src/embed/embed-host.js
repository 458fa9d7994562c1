// news-elements embed: sizes each <iframe data-news-elements-embed> to the height its page
// reports. Accepts a report only from that frame's window and from the origin of its src.
{
  const frames = () => document.querySelectorAll('iframe[data-news-elements-embed]');
  const originOf = (frame) => {
    try {
      return new URL(frame.src).origin;
    } catch {
      return undefined;
    }
  };
  addEventListener('message', (event) => {
    const { type, height } = event.data ?? {};
    if (type !== 'news-elements:height' || !Number.isFinite(height) || height < 0) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = `${Math.ceil(height)}px`;
      }
    }
  });
  // Frames that reported before this ran: ask them again (a request that says nothing).
  for (const frame of frames()) frame.contentWindow?.postMessage({ type: 'news-elements:measure' }, '*');
}
