import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';

// A server has no light DOM to look at: cimo-widgets/ssr names the slots the content fills.
let serverFilledSlots: readonly string[] = [];
/** Names the slots filled by the light DOM of the element the server renders next. */
export const setServerFilledSlots = (names: readonly string[]): void => {
  serverFilledSlots = names;
};

/**
 * Tells its host, while it renders, whether a slot has content, as Shoelace's HasSlotController
 * does: the first render is right at once, not a second one after `slotchange`. A later change
 * of the host's children re-renders it, only if it changes an answer already given.
 */
export class SlotController implements ReactiveController {
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether a child of the host goes in the slot named `name`. */
  has(name: string): boolean {
    const filled = isServer ? serverFilledSlots.includes(name) : [...this.host.children].some((child) => child.slot === name);
    this.answers.set(name, filled);
    return filled;
  }

  hostConnected(): void {
    // slotchange bubbles to the shadow root; adding the same listener again on reconnection is a no-op.
    this.host.shadowRoot?.addEventListener('slotchange', this.onSlotChange);
  }

  private readonly onSlotChange = ({target}: Event): void => {
    const {name} = target as HTMLSlotElement;
    // No answer yet (a kept prerendered root was never rendered here): the change may matter.
    if (this.answers.get(name) !== this.has(name)) this.host.requestUpdate();
  };
}
