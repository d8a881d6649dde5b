// React components for the elements (`import {CimoProcedure} from 'cimo-widgets/react'`), made by
// @lit/react: typed props, properties set on the element, and `onSfrLinkClick` for the event.
// Importing this module registers the elements.
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import '../components/overview/define.js';
import '../components/procedure/define.js';
import '../components/risks/define.js';
import '../components/sfr-link/define.js';
import {CimoOverview as CimoOverviewElement} from '../components/overview/overview.js';
import {CimoProcedure as CimoProcedureElement} from '../components/procedure/procedure.js';
import {CimoRisks as CimoRisksElement} from '../components/risks/risks.js';
import {CimoSfrLink as CimoSfrLinkElement, type SfrLinkClickEvent} from '../components/sfr-link/sfr-link.js';

export const CimoOverview = createComponent({
  tagName: 'cimo-overview',
  elementClass: CimoOverviewElement,
  react: React,
  displayName: 'CimoOverview',
});

export const CimoProcedure = createComponent({
  tagName: 'cimo-procedure',
  elementClass: CimoProcedureElement,
  react: React,
  displayName: 'CimoProcedure',
});

export const CimoRisks = createComponent({
  tagName: 'cimo-risks',
  elementClass: CimoRisksElement,
  react: React,
  displayName: 'CimoRisks',
});

export const CimoSfrLink = createComponent({
  tagName: 'cimo-sfr-link',
  elementClass: CimoSfrLinkElement,
  react: React,
  events: {onSfrLinkClick: 'cimo-sfr-link-click' as EventName<SfrLinkClickEvent>},
  displayName: 'CimoSfrLink',
});
