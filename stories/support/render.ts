import type {Args} from '@storybook/web-components-vite';
import {elementDeclaration, eventArgName, type CimoTag} from './manifest.js';

/**
 * Builds `<tag>` from story args the way a webmaster writes it: manifest attributes become HTML
 * attributes, slot args become a `<p slot>`, CSS custom property args inline styles, and the
 * element's events reach their Storybook actions.
 */
export function cimoElement(tag: CimoTag, args: Args): HTMLElement {
  const declaration = elementDeclaration(tag);
  const element = document.createElement(tag);
  const given = (name: string) => args[name] != null && args[name] !== '';
  for (const {name} of declaration.attributes ?? []) {
    if (given(name)) element.setAttribute(name, String(args[name]));
  }
  for (const {name} of declaration.cssProperties ?? []) {
    if (given(name)) element.style.setProperty(name, String(args[name]));
  }
  for (const {name} of declaration.slots ?? []) {
    if (!given(name)) continue;
    const content = document.createElement('p');
    content.slot = name;
    content.textContent = String(args[name]);
    element.append(content);
  }
  for (const {name} of declaration.events ?? []) {
    const action = args[eventArgName(name)];
    if (typeof action === 'function') element.addEventListener(name, (event) => action(event));
  }
  return element;
}

/** A story `render` for `tag`. */
export const renderCimoElement = (tag: CimoTag) => (args: Args) => cimoElement(tag, args);
