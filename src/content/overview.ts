import {msg} from '@lit/localize';

export interface OverviewContent {
  title: string;
  subtitle: string;
  definition: string;
  specialty: string;
  acts: string[];
  decision: string;
}

export const overview = (): OverviewContent => ({
  title: msg('Radiologie interventionnelle en cancérologie', {id: 'overview.title'}),
  subtitle: msg('Imagerie interventionnelle en cancérologie', {id: 'overview.subtitle'}),
  definition: msg(
    'La radiologie interventionnelle en cancérologie, ou oncologie interventionnelle, regroupe l’ensemble des interventions réalisées par un radiologue interventionnel dans le cadre du traitement d’un cancer ou de ses conséquences.',
    {id: 'overview.definition'}
  ),
  specialty: msg(
    'Il s’agit d’une activité spécifique, qui nécessite une formation particulière. Elle regroupe des actes\u00a0:',
    {id: 'overview.specialty'}
  ),
  acts: [
    msg('d’angioplastie', {id: 'overview.acts.angioplasty'}),
    msg('d’embolisation', {id: 'overview.acts.embolisation'}),
    msg('de drainage', {id: 'overview.acts.drainage'}),
    msg('de destruction tumorale par thermothérapie', {id: 'overview.acts.thermal-ablation'}),
  ],
  decision: msg(
    'Ces traitements sont mis en œuvre, en règle générale, après discussion collégiale avec votre médecin oncologue ou votre chirurgien, et après une consultation d’information avec vous.',
    {id: 'overview.decision'}
  ),
});
