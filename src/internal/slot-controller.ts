import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';

// A server has no light DOM to look at: cimo-widgets/ssr names the slots the content fills.
let serverFilledSlots: readonly string[] = [];
/** Names the slots filled by the light DOM of the element the server renders next. */
export const setServerFilledSlots = (names: readonly string[]): void => {
  serverFilledSlots = names;
};

/**
 * Tells its host, while it renders, whether the slot `name` has content, as Shoelace's
 * HasSlotController does: the first render is right at once, not a second one after `slotchange`.
 * A later change of the host's children re-renders it, only if it changes the last answer.
 */
export class SlotController implements ReactiveController {
  #filled?: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly name: string
  ) {
    host.addController(this);
  }

  /** Whether a child of the host goes in the slot. */
  has(): boolean {
    return (this.#filled = isServer
      ? serverFilledSlots.includes(this.name)
      : [...this.host.children].some((child) => child.slot === this.name));
  }

  hostConnected(): void {
    // slotchange bubbles to the shadow root; adding the same listener again on reconnection is a no-op.
    this.host.shadowRoot?.addEventListener('slotchange', this.#onSlotChange);
  }

  // Whichever slot changed, only a changed answer for this one re-renders.
  readonly #onSlotChange = (): void => {
    if (this.#filled !== this.has()) this.host.requestUpdate();
  };
}
