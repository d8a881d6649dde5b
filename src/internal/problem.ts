/** Something wrong with an element's attributes: shown inside it and warned once. */
export interface Problem {
  /** Short text for the reader, in the page's language. */
  notice: string;
  /** Text for the developer console, naming the valid values; warned once per element. */
  warning: string;
}
