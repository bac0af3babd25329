/**
 * The illustrative two-day agenda the app ships before an organizer publishes
 * the real one. The official agenda of the June 10-11, 2015 convening is not
 * among the source documents, so this one is built only from the purpose
 * statement: it is labelled illustrative wherever it is shown, speakers are
 * described by role (no names of real or invented people), rooms are generic,
 * and the descriptions claim nothing about what actually happened on the day.
 * Times are wall-clock times in America/New_York.
 */
import type { Agenda, Session } from '../domain/agenda';
import { DEFAULT_EVENT } from '../domain/event';

const D1 = '2015-06-10';
const D2 = '2015-06-11';

const MAIN_HALL = 'Main hall';
const ROOM_A = 'Breakout room A';
const ROOM_B = 'Breakout room B';
const ROOM_C = 'Breakout room C';
const DINING = 'Dining room';
const FOYER = 'Registration foyer';
const TEAM_ROOMS = 'State team rooms';

/** Builds one session; keeps the data below short and every field explicit. */
function session(
  day: string,
  from: string,
  to: string,
  fields: Omit<Session, 'start' | 'end' | 'cancelled' | 'practiceIds' | 'speakers'> &
    Partial<Pick<Session, 'practiceIds' | 'speakers'>>,
): Session {
  return {
    practiceIds: [],
    speakers: [],
    ...fields,
    start: `${day}T${from}`,
    end: `${day}T${to}`,
    cancelled: false,
  };
}

const CB_MODERATOR = { role: 'moderator', description: 'Children’s Bureau staff member' } as const;
const TA_FACILITATOR = {
  role: 'facilitator',
  description: 'Technical-assistance provider working with State teams',
} as const;

const DAY_ONE: Session[] = [
  session(D1, '08:00', '09:00', {
    id: 'd1-registration',
    title: 'Registration and breakfast',
    room: FOYER,
    kind: 'meal',
    focusAreas: [],
    description: 'Collect badges and materials, find your State team, and have breakfast.',
  }),
  session(D1, '09:00', '09:30', {
    id: 'd1-welcome',
    title: 'Welcome from the hosts',
    room: MAIN_HALL,
    kind: 'plenary',
    focusAreas: [],
    speakers: [
      { role: 'host', description: 'White House representative' },
      {
        role: 'host',
        description:
          'Leader from the Department of Health and Human Services, Administration for Children and Families, Children’s Bureau',
      },
    ],
    description:
      'The White House and the sponsoring agencies open the two days: why States have been brought together, and how the convening starts a longer period of federal support for their work.',
  }),
  session(D1, '09:30', '10:30', {
    id: 'd1-the-act',
    title: 'What the Act asks of States (P.L. 113-183)',
    room: MAIN_HALL,
    kind: 'plenary',
    focusAreas: ['prevention', 'identification', 'placement', 'training', 'services'],
    speakers: [{ role: 'speaker', description: 'Children’s Bureau policy staff member' }],
    description:
      'A walk through the new requirements for State child welfare agencies under the Preventing Sex Trafficking and Strengthening Families Act of 2014, and why meeting them depends on partnerships between agencies and across systems.',
  }),
  session(D1, '10:30', '10:45', {
    id: 'd1-break-morning',
    title: 'Morning break',
    room: FOYER,
    kind: 'meal',
    focusAreas: [],
    description: 'Coffee and time to move between rooms.',
  }),
  session(D1, '10:45', '12:00', {
    id: 'd1-survivor-perspectives',
    title: 'Survivor perspectives',
    room: MAIN_HALL,
    kind: 'plenary',
    focusAreas: ['prevention', 'services'],
    speakers: [
      CB_MODERATOR,
      { role: 'panelist', description: 'Survivor leader' },
      { role: 'panelist', description: 'Survivor leader and youth advocate' },
    ],
    description:
      'People with lived experience of child welfare and sex trafficking say what helped, what did not, and how State teams can bring survivors into their planning from the start.',
  }),
  session(D1, '12:00', '13:00', {
    id: 'd1-lunch',
    title: 'Lunch',
    room: DINING,
    kind: 'meal',
    focusAreas: [],
    description: 'Lunch is served; State teams may sit together.',
  }),
  session(D1, '13:00', '14:15', {
    id: 'd1-breakout-prevention',
    title: 'Breakout: Prevention',
    room: ROOM_A,
    kind: 'breakout',
    focusAreas: ['prevention'],
    practiceIds: ['broad-coalition', 'centralize-victim-services'],
    speakers: [CB_MODERATOR, { role: 'panelist', description: 'Community coalition leader' }],
    description:
      'How coalitions of public and private partners can reduce risk for children in care before exploitation happens, with the Suffolk County and Georgia examples as starting points.',
  }),
  session(D1, '13:00', '14:15', {
    id: 'd1-breakout-identification',
    title: 'Breakout: Identification and assessment',
    room: ROOM_B,
    kind: 'breakout',
    focusAreas: ['identification'],
    practiceIds: ['mandatory-screening', 'state-guidance-investigations'],
    speakers: [
      CB_MODERATOR,
      { role: 'panelist', description: 'State child welfare director' },
      { role: 'panelist', description: 'Child protective services investigator' },
    ],
    description:
      'Screening every child who enters care, assessing quickly, and giving investigators State guidance on recognising victims, drawing on the Connecticut, Multnomah County, Florida and Georgia examples.',
  }),
  session(D1, '13:00', '14:15', {
    id: 'd1-breakout-placement',
    title: 'Breakout: Appropriate placements',
    room: ROOM_C,
    kind: 'breakout',
    focusAreas: ['placement'],
    practiceIds: ['data-collection', 'specialized-advocates'],
    speakers: [
      CB_MODERATOR,
      { role: 'panelist', description: 'Foster parent' },
      { role: 'panelist', description: 'Congregate care provider' },
    ],
    description:
      'Finding safe placements for young people at risk of or harmed by trafficking: what tracking runaway episodes and congregate care settings can show, and how advocates on site support young people and caregivers.',
  }),
  session(D1, '14:15', '14:30', {
    id: 'd1-break-afternoon',
    title: 'Afternoon break',
    room: FOYER,
    kind: 'meal',
    focusAreas: [],
    description: 'Refreshments between sessions.',
  }),
  session(D1, '14:30', '15:30', {
    id: 'd1-practices-screening-data',
    title: 'Emerging practices: screening, tracking and data',
    room: ROOM_A,
    kind: 'breakout',
    focusAreas: ['identification'],
    practiceIds: ['mandatory-screening', 'data-collection'],
    speakers: [
      CB_MODERATOR,
      { role: 'speaker', description: 'State child welfare agency representative' },
    ],
    description:
      'A closer look at universal screening, regional liaisons, a dedicated county unit and a statewide tracking system, and what it takes to copy them at low or no cost.',
  }),
  session(D1, '14:30', '15:30', {
    id: 'd1-practices-coalitions',
    title: 'Emerging practices: coalitions and task forces',
    room: ROOM_B,
    kind: 'breakout',
    focusAreas: ['prevention', 'services'],
    practiceIds: ['broad-coalition', 'centralize-victim-services'],
    speakers: [CB_MODERATOR, { role: 'speaker', description: 'Task force coordinator' }],
    description:
      'How a county coalition and a State task force organised many agencies around shared goals, and how one listing of victim services helps partners find help quickly.',
  }),
  session(D1, '14:30', '15:30', {
    id: 'd1-practices-justice',
    title: 'Emerging practices: juvenile justice and investigation guidance',
    room: ROOM_C,
    kind: 'breakout',
    focusAreas: ['identification', 'services'],
    practiceIds: ['juvenile-justice-courts', 'state-guidance-investigations'],
    speakers: [
      CB_MODERATOR,
      { role: 'speaker', description: 'Juvenile justice agency representative' },
    ],
    description:
      'Identifying victims when they reach juvenile justice assessment centers, a specialised court run with probation, and State protocols that treat trafficking as maltreatment.',
  }),
  session(D1, '15:30', '16:45', {
    id: 'd1-team-planning',
    title: 'State team planning, part 1: where we stand',
    room: TEAM_ROOMS,
    kind: 'team-time',
    focusAreas: ['prevention', 'identification', 'placement', 'training', 'services'],
    speakers: [TA_FACILITATOR],
    description:
      'Each State team takes stock of its current practice against the new mandates, lists the partners it needs, and starts a draft action plan.',
  }),
  session(D1, '16:45', '17:00', {
    id: 'd1-close',
    title: 'Close of day one',
    room: MAIN_HALL,
    kind: 'plenary',
    focusAreas: [],
    speakers: [CB_MODERATOR],
    description: 'A short recap of the day and what teams will work on tomorrow.',
  }),
];

const DAY_TWO: Session[] = [
  session(D2, '08:00', '08:30', {
    id: 'd2-breakfast',
    title: 'Breakfast',
    room: DINING,
    kind: 'meal',
    focusAreas: [],
    description: 'Breakfast before the morning panel.',
  }),
  session(D2, '08:30', '09:30', {
    id: 'd2-courts-law-enforcement-data',
    title: 'Courts, law enforcement and data',
    room: MAIN_HALL,
    kind: 'plenary',
    focusAreas: ['identification', 'services'],
    practiceIds: ['juvenile-justice-courts', 'data-collection'],
    speakers: [
      CB_MODERATOR,
      { role: 'panelist', description: 'Court Improvement Program (CIP) judge' },
      { role: 'panelist', description: 'Law enforcement representative' },
      { role: 'panelist', description: 'State child welfare director' },
    ],
    description:
      'How courts, police and child welfare can act together. Court Improvement Program grantees (funded under Title IV-B part 2) and law enforcement discuss their part, and the panel looks at what AFCARS runaway data and NCANDS trafficking reports can tell a State.',
  }),
  session(D2, '09:30', '10:45', {
    id: 'd2-breakout-training',
    title: 'Breakout: Training of workforce and caregivers',
    room: ROOM_A,
    kind: 'breakout',
    focusAreas: ['training'],
    practiceIds: ['train-caseworkers', 'specialized-advocates'],
    speakers: [CB_MODERATOR, { role: 'panelist', description: 'Caseworker trainer' }],
    description:
      'Preparing caseworkers, foster parents and group home staff to notice warning signs and to engage young people, building on the Connecticut and Alameda County examples.',
  }),
  session(D2, '09:30', '10:45', {
    id: 'd2-breakout-services',
    title: 'Breakout: Individualized services and support',
    room: ROOM_B,
    kind: 'breakout',
    focusAreas: ['services'],
    practiceIds: ['specialized-advocates', 'rape-crisis-centers', 'centralize-victim-services'],
    speakers: [
      CB_MODERATOR,
      { role: 'panelist', description: 'Survivor leader' },
      { role: 'panelist', description: 'Victim service provider' },
    ],
    description:
      'Shaping trauma-informed services around each young person: advocates, round-the-clock clinical assessment and safety planning, and a single place to find services.',
  }),
  session(D2, '09:30', '10:45', {
    id: 'd2-practices-health-advocacy',
    title: 'Emerging practices: hospitals, advocacy centers and sexual assault centers',
    room: ROOM_C,
    kind: 'breakout',
    focusAreas: ['services', 'identification'],
    practiceIds: ['hospitals-advocacy-centers', 'rape-crisis-centers'],
    speakers: [CB_MODERATOR, { role: 'speaker', description: 'Child advocacy center director' }],
    description:
      'Designated emergency care, forensic interviews at a Child Advocacy Center, and working with a Sexual Assault Resource Center, as in Connecticut, Suffolk County and Multnomah County.',
  }),
  session(D2, '10:45', '11:00', {
    id: 'd2-break-morning',
    title: 'Morning break',
    room: FOYER,
    kind: 'meal',
    focusAreas: [],
    description: 'Coffee before team time.',
  }),
  session(D2, '11:00', '12:15', {
    id: 'd2-team-planning',
    title: 'State team planning, part 2: drafting the action plan',
    room: TEAM_ROOMS,
    kind: 'team-time',
    focusAreas: ['prevention', 'identification', 'placement', 'training', 'services'],
    practiceIds: [],
    speakers: [TA_FACILITATOR],
    description:
      'Teams turn yesterday’s notes into goals and action steps for each focus area, with a lead agency, partners and target dates for each step.',
  }),
  session(D2, '12:15', '13:15', {
    id: 'd2-lunch',
    title: 'Lunch',
    room: DINING,
    kind: 'meal',
    focusAreas: [],
    description: 'Lunch is served.',
  }),
  session(D2, '13:15', '14:00', {
    id: 'd2-ta-needs',
    title: 'Technical-assistance needs',
    room: MAIN_HALL,
    kind: 'plenary',
    focusAreas: [],
    speakers: [CB_MODERATOR, TA_FACILITATOR],
    description:
      'The convening is only a beginning. States say what help they expect to need in the coming months as they carry out their plans.',
  }),
  session(D2, '14:00', '15:00', {
    id: 'd2-team-planning-final',
    title: 'State team planning, part 3: finishing the plan',
    room: TEAM_ROOMS,
    kind: 'team-time',
    focusAreas: ['prevention', 'identification', 'placement', 'training', 'services'],
    speakers: [TA_FACILITATOR],
    description:
      'Teams settle their priorities, note their technical-assistance requests, and choose what to report back to the room.',
  }),
  session(D2, '15:00', '15:15', {
    id: 'd2-break-afternoon',
    title: 'Afternoon break',
    room: FOYER,
    kind: 'meal',
    focusAreas: [],
    description: 'Refreshments before the report-outs.',
  }),
  session(D2, '15:15', '16:30', {
    id: 'd2-report-outs',
    title: 'State team report-outs',
    room: MAIN_HALL,
    kind: 'plenary',
    focusAreas: ['prevention', 'identification', 'placement', 'training', 'services'],
    speakers: [CB_MODERATOR, { role: 'speaker', description: 'State team representatives' }],
    description:
      'Teams share the main points of their action plans and the partnerships they will build when they get home.',
  }),
  session(D2, '16:30', '17:00', {
    id: 'd2-closing',
    title: 'Closing and next steps',
    room: MAIN_HALL,
    kind: 'plenary',
    focusAreas: [],
    speakers: [
      {
        role: 'host',
        description:
          'Leader from the Department of Health and Human Services, Administration for Children and Families, Children’s Bureau',
      },
    ],
    description:
      'The hosts close the convening and describe how federal support for State teams continues after these two days.',
  }),
];

export const SHIPPED_AGENDA: Agenda = {
  version: 1,
  // The illustrative agenda's own timestamp (when this shipped version was
  // written down), not a date from the real event's records.
  updatedAt: '2015-06-01T09:00:00-04:00',
  timeZone: 'America/New_York',
  event: DEFAULT_EVENT,
  illustrative: true,
  sessions: [...DAY_ONE, ...DAY_TWO],
};
