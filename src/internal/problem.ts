/** Something wrong with an element's attributes: shown inside it and warned once. */
export interface Problem {
  /** Identifies the problem, so each is warned once per element. */
  key: string;
  /** Short text for the reader, in the page's language. */
  notice: string;
  /** Text for the developer console, naming the valid values. */
  warning: string;
}
