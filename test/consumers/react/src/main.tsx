// React 19: the @lit/react wrappers (typed props, onSfrLinkClick) and the plain tags, typed by
// cimo-widgets/jsx/react (React 19 sets properties and listens to `on<event>` on custom elements).
import {StrictMode, useEffect, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {CimoProcedure, CimoSfrLink} from 'cimo-widgets/react';
import type {SfrLinkClickEvent} from 'cimo-widgets';
import type {} from 'cimo-widgets/jsx/react';

function App() {
  const [events, setEvents] = useState<string[]>([]);
  const record = (via: string) => (event: SfrLinkClickEvent) =>
    setEvents((lines) => [...lines, `${via} ${event.type} ${event.detail.procedure} ${event.detail.href}`]);
  useEffect(() => {
    document.body.dataset.ready = 'true';
  }, []);
  return (
    <>
      <CimoProcedure
        procedure="thermal-ablation"
        clinicName="Clinique Partenaire"
        techniques="radiofrequency cryotherapy"
        stayNights={1}
        headingLevel={2}
      />
      <CimoSfrLink id="wrapped" procedure="drainage" onSfrLinkClick={record('wrapper')} />
      {/* @ts-expect-error A wrapper prop takes the valid values only. */}
      <CimoSfrLink procedure="biopsy" hidden />
      <cimo-risks procedure="drainage" heading-level={3}></cimo-risks>
      {/* @ts-expect-error A plain tag's attribute too. */}
      <cimo-risks procedure="thermal-ablation" organ="heart" hidden></cimo-risks>
      <cimo-sfr-link id="plain" procedure="thermal-ablation" oncimo-sfr-link-click={record('jsx')}></cimo-sfr-link>
      <output id="events">{events.join('\n')}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
