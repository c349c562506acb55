// Scrolling to a paragraph of a long text. The paragraphs far from the screen are not laid out
// (content-visibility in styles/margin.css) and count with an estimated height until first shown:
// once those near the target take their real size, the target may have moved. So the scroll is
// made again, over the next few frames, while the target is not where it was put.

const FRAMES = 4;

/** Scrolls `element` to the middle of the screen, and keeps it there while the page settles. */
export function scrollToMiddle(element: Element, frames = FRAMES): void {
  element.scrollIntoView({ block: "center" });
  let wanted = element.getBoundingClientRect().top;
  let left = frames;
  const settle = () => {
    if (!element.isConnected || left-- <= 0) return;
    const top = element.getBoundingClientRect().top;
    if (Math.abs(top - wanted) >= 1) {
      element.scrollIntoView({ block: "center" });
      wanted = element.getBoundingClientRect().top;
    }
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}
