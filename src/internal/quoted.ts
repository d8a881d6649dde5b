import {msg, str} from '@lit/localize';

const MAX_SHOWN = 40;

/** A value quoted for a notice, shortened so a huge attribute cannot flood the page. */
export const quoted = (value: string): string => {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return msg(str`«\u00a0${shown}\u00a0»`, {id: 'notice.quoted'});
};
