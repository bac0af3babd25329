/**
 * The best-practice library the app ships: the ten practices of the May 2013
 * brief "Emerging Practices Within Child Welfare Responses" with every
 * jurisdiction's example, the five lessons from the Children's Bureau Express
 * article of December 2021/January 2022 with the resources named under each,
 * and the "Partnering to Prevent Human Trafficking" resource collection.
 *
 * Summaries are the project's own words. Names, numbers and dates are carried
 * over exactly; `facts` holds those exact short facts so screens and tests can
 * quote them. Ids are stable: other features link to them (session
 * practiceIds, plan action steps), so never rename one.
 * Note: the brief misspells Georgia as "George" once; the library says Georgia.
 */
import type { Library } from '../domain/practice';

export const LIBRARY: Library = {
  source: { title: 'Emerging Practices Within Child Welfare Responses', date: 'May 2013' },
  lessonsSource: {
    title:
      'Continuing to Move Forward With Lessons From a National Convening on Trafficking and Child Welfare',
    date: 'December 2021/January 2022 (Children’s Bureau Express, Vol. 22, No. 11)',
    publisher: 'Capacity Building Center for States',
  },
  preventionSource: {
    title: 'Partnering to Prevent Human Trafficking',
    date: 'National Human Trafficking Prevention Month',
    publisher: 'Child Welfare Information Gateway, for the Children’s Bureau',
  },

  jurisdictions: [
    { id: 'connecticut', name: 'Connecticut', level: 'state', state: 'CT' },
    { id: 'multnomah-county', name: 'Multnomah County', level: 'county', state: 'OR' },
    { id: 'alameda-county', name: 'Alameda County', level: 'county', state: 'CA' },
    { id: 'florida', name: 'Florida', level: 'state', state: 'FL' },
    { id: 'los-angeles-county', name: 'Los Angeles County', level: 'county', state: 'CA' },
    { id: 'suffolk-county', name: 'Suffolk County', level: 'county', state: 'MA' },
    { id: 'georgia', name: 'Georgia', level: 'state', state: 'GA' },
    { id: 'illinois', name: 'Illinois', level: 'state', state: 'IL' },
  ],

  practices: [
    {
      id: 'mandatory-screening',
      number: 1,
      title: 'Institute Mandatory Screening',
      summary:
        'Check every child who comes into the child welfare system for signs of commercial sexual exploitation, and give named staff clear responsibility for the cases that screening turns up.',
      focusAreas: ['identification'],
      examples: [
        {
          id: 'mandatory-screening--connecticut',
          jurisdictionId: 'connecticut',
          agency: 'Connecticut Department of Children and Families',
          summary:
            'All children entering the Department’s care are screened for commercial sexual exploitation. In each region a Human Trafficking Liaison looks after trafficking cases, gathers and reports the numbers and keeps communication joined up, while a Trafficking Clinical Team of licensed clinicians carries out assessments of victims quickly.',
          facts: [
            'Every child who enters the system is screened',
            'A Human Trafficking Liaison in each region',
            'Trafficking Clinical Team of licensed clinicians',
            'Victims assessed within 72 hours',
          ],
        },
        {
          id: 'mandatory-screening--multnomah-county',
          jurisdictionId: 'multnomah-county',
          agency: 'Multnomah County child welfare department (Oregon)',
          summary:
            'A small unit dedicated to commercial sexual exploitation coordinates every case found anywhere in the county’s child welfare system. One designated point person in the department works with outside partners on open cases in the county.',
          facts: [
            '4-5 person commercial sexual exploitation-specific unit',
            'Coordinates on all cases identified across the county',
            'A designated point person within the department',
          ],
        },
      ],
    },
    {
      id: 'specialized-advocates',
      number: 2,
      title: 'Place Specialized Advocates in Child Welfare Centers',
      summary:
        'Bring advocates from organizations that serve child sex trafficking victims into the places where children first arrive, so young people can talk to them and staff and caregivers can learn from them.',
      focusAreas: ['services', 'training'],
      examples: [
        {
          id: 'specialized-advocates--alameda-county',
          jurisdictionId: 'alameda-county',
          agency: 'Alameda County Department of Children and Family Services (California)',
          summary:
            'Advocates from a local organization that works with child sex trafficking victims are based in the Department’s assessment center. They are there daily to speak with young people arriving at the center, and they train center staff, foster parents and group home workers.',
          facts: [
            'Advocates housed in the assessment center',
            'On site each day',
            'Train center staff, foster parents and group home workers',
          ],
        },
      ],
    },
    {
      id: 'juvenile-justice-courts',
      number: 3,
      title: 'Coordinate with the Department of Juvenile Justice & County Courts',
      summary:
        'Many exploited young people reach the juvenile justice system first. Working with juvenile justice agencies, probation and the courts means victims are recognised there and routed to child welfare and services.',
      focusAreas: ['identification', 'services'],
      examples: [
        {
          id: 'juvenile-justice-courts--florida',
          jurisdictionId: 'florida',
          agency: 'Florida Department of Juvenile Justice (DJJ)',
          programme: 'Victim Identification Pilot Project',
          summary:
            'Staff in Department of Juvenile Justice assessment centers learn to use a research-based, trauma-informed tool that spots victims on arrival. When a victim is found, staff report to the Florida Abuse Hotline and flag the child in the DJJ data system so services follow. The tool sets out warning signs and gives advice on talking with children about sex trafficking.',
          facts: [
            'Victim Identification Pilot Project',
            'DJJ Assessment Centers',
            'Research-based, trauma-informed tool',
            'Reports to the Florida Abuse Hotline',
            "Alert entered into DJJ's data system",
          ],
        },
        {
          id: 'juvenile-justice-courts--los-angeles-county',
          jurisdictionId: 'los-angeles-county',
          agency: 'Los Angeles Department of Children and Family Services',
          programme: 'STAR Court',
          summary:
            'The children and family services department works together with the County Probation Department, which runs a specialised court for young people who have been commercially sexually exploited.',
          facts: [
            'STAR = Succeeding Through Achievement and Resilience',
            "STAR Court operated by the County's Probation Department",
          ],
        },
      ],
    },
    {
      id: 'train-caseworkers',
      number: 4,
      title: 'Train Case Workers',
      summary:
        'Teach caseworkers and caregivers what trafficking looks like, what it puts children at risk of, and how to build a working relationship with the young people involved.',
      focusAreas: ['training'],
      examples: [
        {
          id: 'train-caseworkers--connecticut',
          jurisdictionId: 'connecticut',
          agency: 'Connecticut Department of Children and Families',
          summary:
            'The Department runs training for foster parents and for caseworkers in care facilities and therapeutic settings, covering the warning signs, the dangers and risks, and ways of engaging with youth.',
          facts: [
            'Trains foster care parents and caseworkers',
            'In care facilities and other therapeutic settings',
            'Warning signs of trafficking, its dangers and risks, engaging youth',
          ],
        },
      ],
    },
    {
      id: 'broad-coalition',
      number: 5,
      title: 'Participate in a Broad Coalition',
      summary:
        'Join or start a coalition that brings public agencies, service providers and survivors together, so victims get a coordinated response and traffickers face one.',
      focusAreas: ['prevention', 'services'],
      examples: [
        {
          id: 'broad-coalition--suffolk-county',
          jurisdictionId: 'suffolk-county',
          agency: 'Suffolk County coalition (Massachusetts)',
          programme: 'SEEN',
          summary:
            'The county built a coalition against the commercial sexual exploitation of children. Its members span law enforcement, child protection, medicine, street outreach, social services, schools and survivors. They aim for one coordinated response across systems that serves victims fully and shields the community from those who exploit children.',
          facts: [
            'SEEN = Support to End Exploitation Now',
            'More than 35 public and private agencies',
            'Coordinated multi-system response',
          ],
        },
        {
          id: 'broad-coalition--georgia',
          jurisdictionId: 'georgia',
          agency: 'Governor’s Office for Children and Families (Georgia)',
          programme: 'Commercial Sexual Exploitation of Children Task Force',
          summary:
            'A State task force set up by the Governor’s Office brings together government at every level, law enforcement, service providers and non-governmental organizations. Its work is split into work groups, one for each of its goals.',
          facts: [
            'Task Force formed in 2008',
            'Seven work groups',
            'Based on the seven goals of the Task Force',
            'State, local, federal government, law enforcement, service providers and NGOs',
          ],
        },
      ],
    },
    {
      id: 'centralize-victim-services',
      number: 6,
      title: 'Centralize Listing of Victim Services',
      summary:
        'Put the services open to child victims of trafficking in one place that workers, families and partners can find easily.',
      focusAreas: ['services'],
      examples: [
        {
          id: 'centralize-victim-services--connecticut',
          jurisdictionId: 'connecticut',
          agency: 'Connecticut Department of Children and Families (CDCF)',
          summary:
            'With its partners, the Department was building an online guide, to be hosted on its own website, that gathers the services available to child victims of human trafficking into a single listing.',
          facts: ['Online resource guide', "On CDCF's website", 'Services in one location'],
        },
      ],
    },
    {
      id: 'hospitals-advocacy-centers',
      number: 7,
      title: 'Coordinate with Local Children’s Hospitals & Child Advocacy Centers',
      summary:
        'Agree in advance where victims go for urgent medical and psychiatric care and where they are interviewed, so a crisis does not become a scramble.',
      focusAreas: ['services', 'identification'],
      examples: [
        {
          id: 'hospitals-advocacy-centers--connecticut',
          jurisdictionId: 'connecticut',
          agency: 'Connecticut Department of Children and Families',
          summary:
            'The Department has an arrangement with a children’s hospital whose emergency room is the designated place for victims in acute need of medical or psychiatric assessment.',
          facts: [
            'Connecticut Children’s Medical Hospital',
            'Designated emergency room for victims in acute situations',
          ],
        },
        {
          id: 'hospitals-advocacy-centers--suffolk-county',
          jurisdictionId: 'suffolk-county',
          agency: 'Suffolk County (Massachusetts)',
          summary:
            'The county works trafficking cases together with its Child Advocacy Center, where forensic interviews with victims can be held.',
          facts: ['Child Advocacy Center (CAC)', 'Forensic interviews of victims at the CAC'],
        },
      ],
    },
    {
      id: 'rape-crisis-centers',
      number: 8,
      title: 'Coordinate with Local Rape Crisis & Sexual Assault Centers',
      summary:
        'Sexual assault centers already have clinicians who can assess a young person at any hour; linking up with them gives child welfare round-the-clock capacity.',
      focusAreas: ['services', 'identification'],
      examples: [
        {
          id: 'rape-crisis-centers--multnomah-county',
          jurisdictionId: 'multnomah-county',
          agency: 'Multnomah County (Oregon)',
          summary:
            'The county’s response to commercial sexual exploitation is coordinated with a sexual assault center whose licensed clinicians do first assessments of possible victims and plan for their safety, at any time of day or night.',
          facts: [
            'Sexual Assault Resource Center (SARC)',
            'Licensed clinicians available 24 hours a day',
            'Initial assessments and safety planning',
          ],
        },
      ],
    },
    {
      id: 'data-collection',
      number: 9,
      title: 'Coordinate on Data Collection',
      summary:
        'Track trafficking cases so the agency knows how many children are affected, where, and in which placements, and make sure the hotline can take trafficking reports.',
      focusAreas: ['identification', 'placement'],
      examples: [
        {
          id: 'data-collection--connecticut',
          jurisdictionId: 'connecticut',
          agency: 'Connecticut Department of Children and Families (DCF)',
          summary:
            'The Department built a tracking system that counts victims in the State and shows repeat victimization, the cities with the highest rates, harm that happens while a child is missing from care, and congregate care settings with several victims. Its hotline can take trafficking reports as child protection cases even when no guardian or entrusted person is named as perpetrator, and hotline staff are trained to handle and track them.',
          facts: [
            'Tracking system for the number of victims in Connecticut',
            'Repeat victims; cities with the highest rates',
            'Victimization while on AWOL status',
            'Congregate care settings with multiple victims',
            'DCF Careline accepts human trafficking reports as child protection cases',
          ],
        },
      ],
    },
    {
      id: 'state-guidance-investigations',
      number: 10,
      title: 'Provide State Guidance for Child Protective Services Investigations',
      summary:
        'Write trafficking into the State’s maltreatment definitions and investigation guidance, so every county knows how to recognise victims and how to investigate.',
      focusAreas: ['identification', 'training'],
      examples: [
        {
          id: 'state-guidance-investigations--florida',
          jurisdictionId: 'florida',
          agency: 'Florida Department of Children and Families',
          summary:
            'Florida treats human trafficking as a type of maltreatment in its child abuse reporting guidelines, which explain how to recognise victims, gather evidence and carry out an investigation.',
          facts: ['Human trafficking is a form of maltreatment under the reporting guidelines'],
        },
        {
          id: 'state-guidance-investigations--illinois',
          jurisdictionId: 'illinois',
          agency: 'Illinois (agency not named in the brief)',
          summary:
            'The brief names Illinois, among other States, as giving investigators guidance comparable to Florida’s.',
          facts: ['Illinois provides similar guidance'],
        },
        {
          id: 'state-guidance-investigations--georgia',
          jurisdictionId: 'georgia',
          agency: 'Georgia Child Fatality Review Panel at the Office of the Child Advocate',
          programme: 'State Model Child Abuse Protocols',
          summary:
            'The panel wrote model protocols that went out to every county. They count the commercial sexual exploitation of children as abuse and describe the signs that a child is being victimised.',
          facts: ['State Model Child Abuse Protocols', 'Guidance issued to all counties'],
        },
      ],
    },
  ],

  lessons: [
    {
      id: 'cross-system-partnerships',
      number: 1,
      title: 'Collaborate Through Cross-System Partnerships',
      summary:
        'No single agency can prevent, spot and respond to sex trafficking alone. Since 2015 many places have set up or strengthened multidisciplinary task forces and work groups to share information, align policy and agree protocols for finding and serving victims.',
      points: [
        'Child welfare agencies',
        'System partners: law enforcement, juvenile justice, family courts, schools, housing services, and health-care and mental health service agencies',
        'Local service providers: runaway and homeless shelters, victim advocates, community groups, recreation services and local businesses',
        'Youth and young adults with lived experience in child welfare and sex trafficking',
        'Caregivers',
      ],
      focusAreas: ['prevention', 'services'],
      resources: [
        {
          title:
            'Collaborating With Youth Serving Agencies to Respond to and Prevent Sex Trafficking of Youth',
          kind: 'brief',
          publisher: 'Capacity Building Center for States',
        },
        {
          title: 'Interagency Collaboration to Address Human Trafficking',
          kind: 'podcast episode',
          publisher: 'Child Welfare Information Gateway',
        },
      ],
    },
    {
      id: 'engage-survivors',
      number: 2,
      title: 'Engage Survivors Meaningfully in Planning',
      summary:
        'People who have lived through trafficking understand the problem best; bringing them into planning leads to better ways of protecting other young people in care.',
      points: [
        'Hear survivors’ own accounts through the Center’s digital stories',
        'Build family and youth voice into planning in a real, not token, way',
      ],
      focusAreas: ['prevention', 'services'],
      resources: [
        {
          title: 'Child Welfare Response to Child and Youth Sex Trafficking, Part 3',
          kind: 'digital stories',
          publisher: 'Capacity Building Center for States',
          note: 'Free registration required',
        },
        {
          title: 'Strategies for Authentic Integration of Family and Youth Voice in Child Welfare',
          kind: 'brief',
          publisher: 'Capacity Building Center for States',
        },
      ],
    },
    {
      id: 'use-data',
      number: 3,
      title: 'Use Data to Inform Planning',
      summary:
        'Administrative data show which young people are most vulnerable. Looking across systems, and talking with people about what the figures mean, fills in the picture.',
      points: [
        'Runaway episodes reported to the Adoption and Foster Care Analysis and Reporting System (AFCARS)',
        'The National Child Abuse and Neglect Data System (NCANDS): reports of sex trafficking cases',
        'Data gathered across systems, and conversations about the stories behind them',
      ],
      focusAreas: ['identification', 'prevention'],
      resources: [
        {
          title: 'At Risk for Sex Trafficking: Youth Who Run Away From Foster Care',
          kind: 'brief',
          publisher: 'Capacity Building Center for States',
        },
        {
          title:
            'At Risk for Sex Trafficking: Collecting, Using, and Sharing Data to Inform Prevention and Intervention Strategies',
          kind: 'video',
          publisher: 'Child Welfare Virtual Expo',
          note: 'Recorded at the Child Welfare Virtual Expo; free registration required',
        },
      ],
    },
    {
      id: 'trauma-informed',
      number: 4,
      title: 'Ensure Trauma-Informed Responses',
      summary:
        'Screening, assessment and services should take account of trauma and fit each young person and their culture, helping survivors move toward healing.',
      points: [
        'Trauma-informed screening, assessment and services',
        'Care that is individualized and culturally appropriate',
        'Build capacity to identify victims and to deliver services',
      ],
      focusAreas: ['identification', 'services', 'training'],
      resources: [
        {
          title: 'Child Welfare Response to Child and Youth Sex Trafficking - Part 1',
          kind: 'training curriculum',
          publisher: 'Capacity Building Center for States',
          note: 'Free registration required',
        },
        {
          title: 'Child Welfare Response to Child and Youth Sex Trafficking - Part 2',
          kind: 'training curriculum',
          publisher: 'Capacity Building Center for States',
          note: 'Free registration required',
        },
        {
          title:
            'Identify Minors and Young People Exploited Through Sex Trafficking: A Resource for Child Welfare Agencies',
          kind: 'brief',
          publisher: 'Capacity Building Center for States',
        },
      ],
    },
    {
      id: 'learn-from-others',
      number: 5,
      title: 'Learn and Borrow From Others',
      summary:
        'Other States and localities have already tried things; build on their work rather than starting from nothing.',
      points: [
        'Join a peer group of child welfare professionals working on sex trafficking (request membership at capacityinfo@icfi.com)',
        'Look at lessons learned from grants to address trafficking among children in child welfare',
        'Read publications with examples from the field',
        'Ask the Capacity Building Center for States (capacityinfo@icfi.com) for State and program examples',
      ],
      focusAreas: ['training'],
      resources: [
        {
          title: 'Human Trafficking in Child Welfare: A Guide for Child Welfare Agencies',
          kind: 'bulletin for professionals',
          publisher: 'Child Welfare Information Gateway',
        },
        {
          title: 'Peer group of child welfare professionals on sex trafficking',
          kind: 'peer group',
          publisher: 'Capacity Building Center for States',
          note: 'Request membership at capacityinfo@icfi.com',
        },
      ],
    },
  ],

  prevention: {
    title: 'Partnering to Prevent Human Trafficking',
    summary:
      'A Children’s Bureau collection for National Human Trafficking Prevention Month. It stresses that caseworkers are central to prevention, and that prevention works best when sectors and tribal nations plan it together.',
    riskFactors: [
      {
        id: 'foster-congregate-care',
        label: 'Foster care or congregate care',
        detail:
          'Children living in foster or congregate care face a higher risk of trafficking and sexual exploitation.',
      },
      {
        id: 'lgbtqia2s-youth',
        label: 'LGBTQIA2S+ youth',
        detail:
          'Young people who are lesbian, gay, bisexual, transgender, questioning, intersex, asexual, Two-Spirit, or of another gender or sexual identity are among the most vulnerable.',
      },
      {
        id: 'homelessness',
        label: 'Homelessness',
        detail: 'Young people without a home are among those most at risk.',
      },
      {
        id: 'running-away',
        label: 'Running away from care',
        detail:
          'Leaving a foster home or congregate care setting without permission sharply raises a young person’s risk.',
      },
      {
        id: 'indigenous-women-girls',
        label: 'Indigenous women and girls',
        detail:
          'Worldwide, Indigenous peoples carry the highest risk, and among them women and girls who are American Indian, Alaska Native, Native Hawaiian or Pacific Islander.',
      },
    ],
    protectiveFactors: [
      {
        id: 'social-connection',
        label: 'Social connection',
        detail:
          'Families who are well connected in their communities are healthier and better off, which lowers the risks that lead to trafficking.',
      },
      {
        id: 'economic-concrete-supports',
        label: 'Economic and concrete supports',
        detail:
          'Easier access to money and practical help strengthens communities and heads off risk factors before they take hold.',
      },
      {
        id: 'trauma-informed-healing-centered',
        label: 'Trauma-informed and healing-centered practice',
        detail:
          'Practice that recognises how trauma affects both children and caregivers, and supports whole families, gives the best chance of keeping families safe and secure.',
      },
    ],
    laws: [
      {
        id: 'preventing-sex-trafficking-act',
        name: 'Preventing Sex Trafficking and Strengthening Families Act',
        note: 'The 2014 law whose new mandates for State child welfare agencies the 2015 convening set out to help States implement.',
      },
      {
        id: 'justice-for-victims-act',
        name: 'Justice for Victims of Trafficking Act',
        note: 'One of the federal laws that shape how child welfare and partner agencies respond and work together on prevention.',
      },
      {
        id: 'tvppra',
        name: 'Trafficking Victims Prevention and Protection Reauthorization Act',
        note: 'Another of the federal laws that lay groundwork for joint responses and prevention programs.',
      },
    ],
  },
};
