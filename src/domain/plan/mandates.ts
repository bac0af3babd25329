/**
 * The Act's mandates (Preventing Sex Trafficking and Strengthening Families
 * Act, P.L. 113-183, enacted September 29, 2014) as the plan template needs
 * them: one template goal per mandate. Only the first was verified against the
 * statute text; the others come from public summaries, so the app cites the
 * Act and the federal guidance for the reader to check, and never a guessed
 * section or deadline.
 */
import type { FocusAreaId } from '../focusAreas';

export interface Mandate {
  id: string;
  /** Goal title the template starts with (the team may edit it). */
  title: string;
  /** What the Act asks, in our words. */
  summary: string;
  citation: string;
  /** A deadline, only where verified against the statute text. */
  due?: string;
  /** True when the citation was checked against the statute text. */
  verified: boolean;
  focusAreas: FocusAreaId[];
}

export const ENACTED = 'September 29, 2014';

/**
 * Unverified mandates cite the Act and the federal guidance that explains it,
 * not a section number we have not checked against the statute text.
 */
const GUIDANCE_CITATION = 'P.L. 113-183, title I; see ACYF-CB-PI-14-06 (November 2014)';

export const MANDATES: readonly Mandate[] = [
  {
    id: 'identify-document-serve',
    title: 'Identify, document and serve children at risk of sex trafficking',
    summary:
      'Policies and procedures, including caseworker training, for identifying, documenting in agency records, and determining appropriate services for children and youth the agency is responsible for who are, or are at risk of being, sex trafficking victims. Developed in consultation with law enforcement, juvenile justice, health care, education and organizations experienced with at-risk youth.',
    citation: 'P.L. 113-183, sec. 101; Social Security Act sec. 471(a)(9)(C)',
    due: `Within one year of enactment (enacted ${ENACTED})`,
    verified: true,
    focusAreas: ['identification', 'services', 'training'],
  },
  {
    id: 'report-to-law-enforcement',
    title: 'Report identified victims to law enforcement',
    summary:
      'Report children and youth identified as sex trafficking victims to law enforcement immediately, and in no case later than 24 hours.',
    citation: GUIDANCE_CITATION,
    verified: false,
    focusAreas: ['identification'],
  },
  {
    id: 'locate-missing',
    title: 'Locate children missing from foster care and screen them on return',
    summary:
      'Protocols to locate children missing from foster care, find out why they ran, respond to those factors in later placements, and screen them on return for sex trafficking.',
    citation: GUIDANCE_CITATION,
    verified: false,
    focusAreas: ['identification', 'placement'],
  },
  {
    id: 'report-missing',
    title: 'Report missing or abducted children within 24 hours',
    summary:
      'Report missing or abducted children and youth within 24 hours to law enforcement, for entry into NCIC, and to the National Center for Missing and Exploited Children.',
    citation: GUIDANCE_CITATION,
    verified: false,
    focusAreas: ['identification'],
  },
  {
    id: 'report-victims-hhs',
    title: 'Report the number of child sex-trafficking victims to HHS',
    summary:
      'Report the number of children and youth who are sex trafficking victims to HHS, including through AFCARS.',
    citation: GUIDANCE_CITATION,
    verified: false,
    focusAreas: ['identification'],
  },
  {
    id: 'prudent-parent',
    title: 'Apply the reasonable and prudent parent standard (normalcy)',
    summary:
      'Caregivers use a reasonable and prudent parent standard so children in care can take part in age-appropriate activities; caregivers are trained to apply it.',
    citation: GUIDANCE_CITATION,
    verified: false,
    focusAreas: ['placement', 'training'],
  },
  {
    id: 'appla-16',
    title: 'Limit APPLA to youth 16 and over',
    summary:
      'Another planned permanent living arrangement (APPLA) is limited to youth 16 and over, with documented efforts toward permanency.',
    citation: GUIDANCE_CITATION,
    verified: false,
    focusAreas: ['placement'],
  },
  {
    id: 'youth-14-case-plans',
    title: 'Youth 14 and over take part in their case plans',
    summary:
      'Youth 14 and over take part in developing their own case plans and transition planning.',
    citation: GUIDANCE_CITATION,
    verified: false,
    focusAreas: ['services'],
  },
  {
    id: 'documents-leaving-care',
    title: 'Youth leaving care get their documents',
    summary:
      'Youth leaving care receive their birth certificate, Social Security card, health information and identification.',
    citation: GUIDANCE_CITATION,
    verified: false,
    focusAreas: ['services'],
  },
];

export function mandateById(id: string | undefined): Mandate | undefined {
  return MANDATES.find((m) => m.id === id);
}
